import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom has no TextEncoder/TextDecoder, and react-router reads them when it is imported.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Nor has it the Fetch API classes. The router builds a Request for each navigation, which only
// loaders and actions read (the app uses neither), so a stand-in with url, method and signal is
// enough. The API client's fetch is faked per test (src/test/fetch-mock.ts).
if (!('Request' in globalThis)) {
  class NavigationRequest {
    readonly url: string;
    readonly method: string;
    readonly signal: AbortSignal;
    constructor(input: string | URL, init: { method?: string; signal?: AbortSignal | null } = {}) {
      this.url = String(input);
      this.method = (init.method ?? 'GET').toUpperCase();
      this.signal = init.signal ?? new AbortController().signal;
    }
  }
  Object.assign(globalThis, { Request: NavigationRequest });
}

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});
