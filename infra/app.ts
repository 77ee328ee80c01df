/** CDK entry point (`cdk.json`: `npx tsx infra/app.ts`). Context: `stage` (default `dev`),
 * `corsOrigins` (default `*`), `adminEmail`, `sesFromEmail`, `sesRegion`, `scheduleAfter` — see
 * docs/deploy.md. */
import { App } from 'aws-cdk-lib';
import { addKukarStacks, checkWithCdkNag } from './kukar-app';

const app = new App();
addKukarStacks(app);
checkWithCdkNag(app);
