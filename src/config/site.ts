/** Names and words used across the site's chrome. */
export const site = {
  title: 'Bedrock vs SageMaker AI',
  description:
    'Amazon Bedrock and Amazon SageMaker AI side by side: what each is for, how they compare, how they work together, and which one fits your case.',
};
