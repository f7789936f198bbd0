import type { Page } from 'playwright-core';

/** Every demo account shares this password (seeded by the organizations subgraph). */
export const demoPassword = 'Motcua@2026';

export function signInForm(page: Page) {
  return {
    // By role and accessible name, which leaves out the "required" asterisk the label shows.
    username: page.getByRole('textbox', { name: 'Tên đăng nhập', exact: true }),
    password: page.getByRole('textbox', { name: 'Mật khẩu', exact: true }),
    submit: page.getByRole('button', { name: 'Đăng nhập', exact: true }),
  };
}

/**
 * Signs in through the console's form, as a person would, on a page that is at (or was sent to)
 * the sign-in page, and waits until the console has let them in.
 */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await submitSignIn(page, username, password);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Fills in the sign-in form (the console's or the portal's: they share it) and sends it. */
export async function submitSignIn(page: Page, username: string, password = demoPassword) {
  const form = signInForm(page);
  await form.username.fill(username);
  await form.password.fill(password);
  await form.submit.click();
  return form;
}

interface GraphQLAnswer<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts one GraphQL request to the gateway, as any API client would. */
export async function gatewayRequest<TData>(
  query: string,
  variables: Record<string, unknown> = {},
  accessToken?: string,
): Promise<GraphQLAnswer<TData>> {
  const gateway = process.env.GATEWAY_URL;
  if (!gateway) throw new Error('GATEWAY_URL is not set: run the e2e tests through the harness');
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer<TData>;
}

/** An access token for a demo account, straight from the API's signIn mutation. */
export async function accessTokenFor(username: string, password = demoPassword): Promise<string> {
  const answer = await gatewayRequest<{ signIn: { accessToken: string } }>(
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
    { input: { username, password } },
  );
  const token = answer.data?.signIn.accessToken;
  if (!token) throw new Error(`signIn as ${username} failed: ${JSON.stringify(answer.errors)}`);
  return token;
}
