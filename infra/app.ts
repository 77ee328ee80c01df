/** CDK entry point (`cdk.json`: `npx tsx infra/app.ts`). Context: `stage` (default `dev`), the
 * stage's block in `stages`, `corsOrigins`, `adminEmail`, `sesFromEmail`, `sesRegion`, `scheduleAfter`
 * — see docs/deploy.md. The web app is built first when its sources are newer than `web/dist`, so a
 * clean checkout synthesizes with no other step. */
import { App } from 'aws-cdk-lib';
import { ensureWebBuilt } from '#scripts/local/web-app';
import { addKukarStacks, checkWithCdkNag } from './kukar-app';

ensureWebBuilt();
const app = new App();
addKukarStacks(app);
checkWithCdkNag(app);
