// The whole drizzle schema, one module per aggregate.
export * from './enums.js';
export * from './districts.js';
export * from './employers.js';
export * from './sites.js';
export * from './people.js';
export * from './appointments.js';
export * from './templates.js';
export * from './rosters.js';
export * from './bookings.js';
export * from './subsidies.js';
export * from './tokens.js';
export * from './booking-rules.js';
