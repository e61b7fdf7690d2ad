import { checkFirstContact } from './check-first-contact';

/** `tsx infra/first-contact/run-first-contact.ts http://127.0.0.1:3000 [screenshot folder]`: exit 1 on any failed step. */
async function main(): Promise<void> {
  const [baseUrl, screenshotDir] = process.argv.slice(2);
  if (!baseUrl) throw new Error('usage: run-first-contact.ts BASE_URL [SCREENSHOT_DIR]');
  const results = await checkFirstContact(baseUrl.replace(/\/$/, ''), screenshotDir);
  for (const result of results)
    console.log(`${result.ok ? 'ok  ' : 'FAIL'} ${result.step}${result.ok ? '' : `: ${result.detail}`}`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
