/** Tool version written into every finding's evidence and every crawl manifest. Keep in step with package.json. */
export const TOOL_VERSION = '0.1.0';
