-- Neovim (0.7 API) as a second LSP client of the bundled Kaidah server, run headless by
-- test/editor/neovim.test.ts. Everything comes in through environment variables; every result is
-- written as JSON to KAIDAH_NVIM_OUT, which the test reads back.
local node = os.getenv('KAIDAH_NODE')
local server = os.getenv('KAIDAH_SERVER')
local root = os.getenv('KAIDAH_ROOT')
local seeded = os.getenv('KAIDAH_SEEDED')
local probolinggo = os.getenv('KAIDAH_PROBOLINGGO')
local out = os.getenv('KAIDAH_NVIM_OUT')
local locale = os.getenv('KAIDAH_LOCALE')

local result = { diagnostics = {}, log = {} }
local function note(message) table.insert(result.log, message) end

local function finish()
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'kaidah',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'rules' } },
    before_init = function(params) params.locale = locale end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        result.diagnostics[params.uri] = params.diagnostics
      end,
    },
    on_init = function(client) result.capabilities = client.server_capabilities end,
    on_exit = function(code) note('server exited with ' .. tostring(code)) end,
  })
  if not client_id then error('vim.lsp.start_client returned nil') end

  -- The file with the seeded error, then Probolinggo.
  vim.cmd('edit ' .. vim.fn.fnameescape(seeded))
  vim.bo.filetype = 'kaidah'
  vim.lsp.buf_attach_client(0, client_id)
  local seeded_uri = vim.uri_from_bufnr(0)
  local got = vim.wait(30000, function()
    local d = result.diagnostics[seeded_uri]
    return d ~= nil and #d > 0
  end, 50)
  note('diagnostics for the seeded file: ' .. tostring(got))

  vim.cmd('edit ' .. vim.fn.fnameescape(probolinggo))
  vim.bo.filetype = 'kaidah'
  vim.lsp.buf_attach_client(0, client_id)
  local probolinggo_uri = vim.uri_from_bufnr(0)
  vim.wait(30000, function() return result.diagnostics[probolinggo_uri] ~= nil end, 50)

  -- Hover over `facilitators` on Probolinggo's line `facilitators  258` (however it is aligned).
  local line = vim.fn.search('facilitators \\+258', 'n')
  local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', {
    textDocument = { uri = probolinggo_uri },
    position = { line = line - 1, character = 4 },
  }, 10000)
  result.hover = hover and hover[client_id] and hover[client_id].result or vim.NIL

  -- Format the buffer and keep the text.
  if result.capabilities and result.capabilities.documentFormattingProvider then
    vim.lsp.buf.formatting_sync(nil, 10000)
    result.formatted = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\n')
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
finish()
