import { expect, test } from '@playwright/test';
import {
  chooseAnswer as choose,
  currentStep as currentHeading,
  decisionTree as tree,
  watchConsole,
} from './helpers';

const paths: { outcome: string; answers: RegExp[]; query: string }[] = [
  {
    outcome: 'Amazon Bedrock',
    answers: [
      /generative AI feature/,
      /as it is, or grounded/,
      /any strong model/,
      /serverless, pay per token/,
    ],
    query: 'genai,ready,on-bedrock,serverless',
  },
  {
    outcome: 'Amazon SageMaker AI',
    answers: [/Predictions from our own data/, /predictions only/],
    query: 'predictive,no',
  },
  {
    outcome: 'Your weights, served by Bedrock (tuned in SageMaker AI if needed)',
    answers: [/generative AI feature/, /needs adapting/, /Full control/, /Serverless, through one API/],
    query: 'genai,adapt,full,api',
  },
  {
    outcome: 'Your weights, served by Bedrock (tuned in SageMaker AI if needed)',
    answers: [/A new model of our own/, /Serverless, through one API/],
    query: 'new-model,api',
  },
  {
    outcome: 'Both, side by side',
    answers: [/Predictions from our own data/, /needs both predictions/],
    query: 'predictive,yes',
  },
  {
    outcome: 'Amazon Bedrock AgentCore, with a model from Bedrock',
    answers: [/An AI agent that plans and acts/, /A model Bedrock already serves/],
    query: 'agents,bedrock-model',
  },
  {
    outcome: 'Start on Bedrock, then place heavy traffic where it costs least',
    answers: [/generative AI feature/, /as it is, or grounded/, /any strong model/, /large, steady traffic/],
    query: 'genai,ready,on-bedrock,large-scale',
  },
];

test.describe('decision tree', () => {
  for (const { outcome, answers, query } of paths) {
    test(`${query} reaches "${outcome}" and the URL carries the answers`, async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto('decide/');
      await expect(tree(page)).toHaveAttribute('data-ready', '');
      for (const answer of answers) await choose(page, answer);
      await expect(currentHeading(page)).toHaveText(outcome);
      expect(new URL(page.url()).searchParams.get('answers')).toBe(query);
      await expect(tree(page).locator('.dt-node.is-current .dt-why li')).toHaveCount(answers.length);
      // The rows the answer rests on link to their place in the comparison.
      const rows = tree(page).locator('.dt-node.is-current .dt-rows a');
      expect(await rows.count()).toBeGreaterThan(2);
      await expect(rows.first()).toHaveAttribute('href', /\/compare\/(#|[a-z-]+\/$)/);
      expect(problems).toEqual([]);
    });
  }

  test('the tuning question names the models Bedrock can tune, from the model data', async ({ page }) => {
    await page.goto('decide/?answers=genai,adapt');
    const help = tree(page).locator('.dt-node.is-current .dt-help');
    await expect(help).toContainText(/Nova Micro/);
    await expect(help).toContainText(/cannot tune any current model from Anthropic/);
    await expect(help).not.toContainText('{{');
  });

  test('Back, the trail and Start over step back through the answers', async ({ page }) => {
    await page.goto('decide/');
    await choose(page, /generative AI feature/);
    await choose(page, /needs adapting/);
    await expect(currentHeading(page)).toHaveText('How much control over the tuning do you need?');
    await expect(tree(page).locator('.dt-progress')).toHaveText('Question 3 of at most 4');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(currentHeading(page)).toHaveText('Can an existing foundation model do the job?');
    await expect(page).toHaveURL(/answers=genai$/);
    await choose(page, /needs adapting/);
    await tree(page)
      .getByRole('button', { name: /What are you trying to build\?/ })
      .click();
    await expect(currentHeading(page)).toHaveText('What are you trying to build?');
    await choose(page, /Predictions/);
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect(currentHeading(page)).toHaveText('What are you trying to build?');
    expect(new URL(page.url()).searchParams.has('answers')).toBe(false);
  });

  test("the browser's back button steps back, and reload restores the state", async ({ page }) => {
    await page.goto('decide/');
    await choose(page, /generative AI feature/);
    await choose(page, /as it is, or grounded/);
    await page.goBack();
    await expect(currentHeading(page)).toHaveText('Can an existing foundation model do the job?');
    await page.reload();
    await expect(currentHeading(page)).toHaveText('Can an existing foundation model do the job?');
  });

  test('stepping back in the page does not grow the history: leaving takes one Back per answer', async ({
    page,
  }) => {
    await page.goto('about/');
    await page.goto('decide/');
    const start = await page.evaluate(() => history.length);
    await choose(page, /generative AI feature/);
    await choose(page, /needs adapting/);
    await choose(page, /Full control/);
    await choose(page, /Serverless, through one API/);
    const back = page.getByRole('button', { name: 'Back', exact: true });
    await back.click();
    await expect(currentHeading(page)).toHaveText('How should applications reach the model?');
    await back.click();
    await expect(currentHeading(page)).toHaveText('How much control over the tuning do you need?');
    await tree(page)
      .getByRole('button', { name: /What are you trying to build\?/ })
      .click();
    await expect(currentHeading(page)).toHaveText('What are you trying to build?');
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(start + 4);
    // The browser's Back now leaves the page instead of replaying old answers.
    await page.goBack();
    await expect(page).toHaveURL(/\/about\/$/);
  });

  test('the progress line keeps its promise on every question', async ({ page }) => {
    await page.goto('decide/');
    const seen = new Set<string>();
    for (const answer of [/generative AI feature/, /needs adapting/, /Full control/]) {
      seen.add(((await tree(page).locator('.dt-progress').textContent()) ?? '').replace(/Question \d+/, ''));
      await choose(page, answer);
    }
    expect([...seen]).toEqual([' of at most 4']);
  });

  test('after a reload or the browser Back, focus is on the current question or the result', async ({
    page,
  }) => {
    await page.goto('decide/');
    await choose(page, /generative AI feature/);
    await choose(page, /as it is, or grounded/);
    await page.reload();
    await expect(currentHeading(page)).toBeFocused();
    await expect(currentHeading(page)).toBeInViewport();
    await choose(page, /any strong model/);
    await page.goBack();
    await expect(currentHeading(page)).toHaveText('Is the model you want offered on Bedrock?');
    await expect(currentHeading(page)).toBeFocused();
    await page.goto('decide/?answers=predictive,yes');
    await expect(currentHeading(page)).toBeFocused();
    await expect(currentHeading(page)).toBeInViewport();
  });

  test('a shared URL opened in a new page restores the exact result', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('decide/?answers=genai,adapt,full,api');
    await expect(currentHeading(page)).toHaveText(
      'Your weights, served by Bedrock (tuned in SageMaker AI if needed)',
    );
    await expect(tree(page).locator('.dt-trail li')).toHaveCount(4);
    await context.close();
  });

  test('the copy-link button copies the link to the result', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('decide/?answers=predictive,yes');
    await page.getByRole('button', { name: 'Copy link to this result' }).click();
    await expect(page.getByRole('button', { name: 'Copy link to this result' })).toHaveAttribute(
      'data-copied',
      'Link copied',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('a garbage URL resets to the first question with a message and no console error', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('decide/?answers=genai,%3Cscript%3E,zzz');
    await expect(page.getByRole('alert')).toContainText('starts again from the first question');
    await expect(currentHeading(page)).toHaveText('What are you trying to build?');
    expect(new URL(page.url()).searchParams.has('answers')).toBe(false);
    expect(problems).toEqual([]);
  });

  test('without JavaScript the answers are links that reach an outcome', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('decide/');
    await page.getByRole('link', { name: /Predictions from our own data/ }).click();
    await expect(page).toHaveURL(/#dt-also-genai$/);
    await page
      .locator('#dt-also-genai')
      .locator('..')
      .getByRole('link', { name: /predictions only/ })
      .click();
    await expect(page).toHaveURL(/#dt-sagemaker$/);
    await expect(page.locator('#dt-sagemaker')).toBeInViewport();
    await context.close();
  });

  test('a keyboard-only run reaches an outcome, with focus on each new question', async ({ page }) => {
    await page.goto('decide/');
    await expect(tree(page)).toHaveAttribute('data-ready', '');
    const first = tree(page).getByRole('link', { name: /Predictions from our own data/ });
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(currentHeading(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(tree(page).getByRole('link', { name: /predictions only/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(currentHeading(page)).toHaveText('Amazon SageMaker AI');
    await expect(currentHeading(page)).toBeFocused();
  });

  test('the whole tree is drawn as diagrams generated from the data, one per branch', async ({ page }) => {
    await page.goto('decide/');
    const figures = page.locator('figure.diagram', {
      has: page.locator('svg title', { hasText: /^Decision tree, part/ }),
    });
    await expect(figures).toHaveCount(9);
    for (const figure of await figures.all()) {
      await expect(figure.locator('svg')).toContainText(/What are you trying\s*to\s*build/);
    }
    // Every outcome is drawn somewhere.
    for (const outcome of ['Amazon Bedrock', 'Amazon SageMaker AI', 'Both, side by side']) {
      await expect(figures.locator('svg', { hasText: outcome }).first()).toBeAttached();
    }
  });
});
