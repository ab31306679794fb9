import { setupServer } from 'msw/node';

/** The network in unit tests only: each test says what the API answers. */
export const server = setupServer();
