// Kept equal to package.json's version by a test (the bundle does not read package.json).
export const TOOL_NAME = 'subnet-guard';
export const VERSION = '0.1.0';
