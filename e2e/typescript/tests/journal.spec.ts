// A front-end tester's test in TypeScript: log in through the JSON API (in the browser
// context's own cookie jar), then check the pages by their data-testid names.
import { expect, test, type APIRequestContext } from '@playwright/test';

/** Log in as a persona through the JSON API and answer the 14-day question with "show all". */
async function logIn(request: APIRequestContext, persona: string): Promise<Record<string, string>> {
  const { csrf_token } = await (await request.get('/api/v1/csrf-token')).json();
  const headers = { 'X-CSRF-Token': csrf_token };
  const login = await request.post('/api/v1/login', { headers, data: { persona } });
  expect(login.status()).toBe(200);
  if ((await login.json()).login_question) {
    const answer = await request.post('/api/v1/login-question', {
      headers,
      data: { hide_recent: false },
    });
    expect(answer.status()).toBe(200);
  }
  return headers; // the same token serves the rest of the visit
}

test('a guardian reads her young child but not the 14-year-old', async ({ page }) => {
  await logIn(page.request, 'karin');
  await page.goto('/journal/karin/');
  await expect(page.getByTestId('logged-in-as')).toContainText('Karin Berg');
  await expect(page.getByTestId('subject-liam')).toBeVisible();
  await expect(page.getByTestId('subject-maja')).toHaveCount(0);
  await page.getByTestId('subject-liam').click();
  await expect(page.getByTestId('acting-for')).toContainText('Liam Berg');
});

test('the clock moved through the API: on her 13th birthday Ella is refused', async ({ page }) => {
  const headers = await logIn(page.request, 'karin');
  const moved = await page.request.post('/api/v1/clock', {
    headers,
    data: { action: 'set', date: '2026-12-01' },
  });
  expect((await moved.json()).demo_today).toBe('2026-12-01');
  await page.goto('/journal/ella/');
  await expect(page.getByTestId('no-access')).toHaveAttribute('data-reason', 'child_13_to_15');
  await expect(page.getByTestId('demo-date')).toHaveAttribute('datetime', '2026-12-01');
});

test("the list shows the oracle's entries", async ({ page }) => {
  const oracle = await (await page.request.get('/api/v1/expectations?date=2026-11-26')).json();
  const karin = oracle.personas.find((p: { id: string }) => p.id === 'karin');
  const expected: number[] = karin.entries.liam.vaccinationer.slice(0, 20);
  expect(expected.length).toBeGreaterThan(0);
  await logIn(page.request, 'karin');
  await page.goto('/journal/liam/vaccinationer/');
  const ids = await page
    .getByTestId('entry')
    .evaluateAll((entries) => entries.map((e) => Number(e.getAttribute('data-entry-id'))));
  expect(ids).toEqual(expected);
});
