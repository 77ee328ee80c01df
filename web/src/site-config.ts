/** The settings the app reads at start from `/config.json`, so one build serves every stage: the Web
 * stack writes it in AWS (infra/stacks/web-stack.ts), the local stack serves its own. */
export type SiteConfig =
  | { signIn: 'local' }
  | {
      signIn: 'cognito';
      /** Base URL of the API ('' or the site's origin when CloudFront serves it there). */
      apiUrl: string;
      region: string;
      userPoolId: string;
      /** The web app's client: authorization code with PKCE, no secret. */
      clientId: string;
      /** The ID tokens' issuer (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`). */
      issuer: string;
      /** Managed login's origin (`https://<prefix>.auth.<region>.amazoncognito.com`): the sign-in and
       * sign-out pages and the token endpoints. */
      signInOrigin: string;
      /** The app's own pages managed login returns to, as registered on the client. */
      redirectUri: string;
      postLogoutRedirectUri: string;
    };

export const CONFIG_PATH = '/config.json';
