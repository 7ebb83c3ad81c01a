#!/usr/bin/env node
// The CDK app (cdk.json runs it with `node bin/app.ts`): one stack, the hosted site, made from the
// built site in DIST_DIR (default ../dist) and the settings of lib/settings.ts. It needs no AWS
// account: `npm run deploy:synth` runs it offline and writes the template to deploy/cdk.out/.
// For `cdk destroy` (bin/destroy.ts sets SITE_TEARDOWN=1) only the stack's name matters, so a
// stand-in of that name (with one resource that does nothing, as a template needs one) is
// synthesized and no built site is needed.
import { App, CfnWaitConditionHandle, Stack } from 'aws-cdk-lib';
import { invalidationPaths } from '../lib/invalidation.ts';
import { deployDir, siteSettings } from '../lib/settings.ts';
import { listSiteFiles, siteManifest } from '../lib/site-files.ts';
import { SiteStack } from '../lib/site-stack.ts';
import { previousManifest, readState } from '../lib/state.ts';

const app = new App();
const settings = siteSettings(process.env, (key) => app.node.tryGetContext(key));

if (process.env.SITE_TEARDOWN === '1') {
  new CfnWaitConditionHandle(new Stack(app, settings.stackName), 'StandIn');
} else {
  const files = listSiteFiles(settings.distDir);
  const previous = previousManifest(readState(deployDir, settings.stackName), settings.base);
  new SiteStack(app, settings.stackName, {
    description: 'Amazon Bedrock vs Amazon SageMaker AI: the static site on S3 and CloudFront',
    settings,
    files,
    invalidationPaths: invalidationPaths(previous, siteManifest(settings.distDir, files), settings.base),
  });
}
app.synth();
