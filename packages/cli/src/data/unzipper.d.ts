// The part of unzipper (0.10, no types of its own) that data/sheet-layout.ts uses: a zip's central
// directory, each entry read on demand.
declare module 'unzipper' {
    interface Entry {
        path: string;
        stream(): NodeJS.ReadableStream;
        buffer(): Promise<Buffer>;
    }
    const unzipper: { Open: { file(path: string): Promise<{ files: Entry[] }> } };
    export default unzipper;
}
