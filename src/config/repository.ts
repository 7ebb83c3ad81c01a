/**
 * The site's source repository, from REPO_URL (e.g. https://github.com/example/bedrock-vs-sagemaker).
 * When it is set, every page has a "Report a mistake" link that opens the repository's new-issue
 * form with the page's title and address filled in; when it is not, there is no such link.
 * A value that is not an https address fails the build.
 */
export function repositoryUrl(value: string | undefined = process.env.REPO_URL): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`REPO_URL must be the repository's web address (https://…), not "${value}".`);
  }
  if (url.protocol !== 'https:') throw new Error(`REPO_URL must be an https address, not "${value}".`);
  return url.href.replace(/\/+$/, '');
}

/** The repository's new-issue form (GitHub's query parameters) with a title and a body filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
  const url = new URL(`${repository}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}
