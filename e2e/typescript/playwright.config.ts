// The TypeScript worked example of TESTING.md: @playwright/test driving Debian's Chromium.
//
//   BASE_URL=http://127.0.0.1:8000 CHROMIUM_PATH=/usr/bin/chromium npx playwright test
//
// Without BASE_URL it starts the demo itself (`make run` on port 8123) and waits for /healthz.
import { defineConfig } from '@playwright/test';

const port = 8123;
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Playwright's own browser download is not used: the system's Chromium is.
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: `make -C ../.. run PORT=${port}`,
        url: `${baseURL}/healthz`,
        reuseExistingServer: false,
        timeout: 180_000,
      },
});
