// The golden tests' one switch: UPDATE_GOLDEN=1 rewrites their expectation files from what the
// code produces now (review the diff like any other change); refused under CI=true, where a test
// asserts that the two are not set together.
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
export const UNDER_CI = process.env.CI === 'true';
