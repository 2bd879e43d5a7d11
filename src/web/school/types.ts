// The booking API's response shapes as the School pages read them (types only, inferred from the
// API's schemas).
import type { z } from 'zod';
import type { Availability, Booking, ProposalReport, SlotList, YearlyReport } from '../../../schemas/bookings.js';
import type { VicePrincipal } from '../../../schemas/vice-principals.js';

export type BookingOut = z.infer<typeof Booking>;
export type HistoryOut = BookingOut['history'][number];
export type SlotListOut = z.infer<typeof SlotList>;
export type SlotOut = SlotListOut['slots'][number];
export type YearlyOut = z.infer<typeof YearlyReport>;
export type YearlyRowOut = YearlyOut['rows'][number];
export type ProposalOut = z.infer<typeof ProposalReport>;
export type AvailabilityOut = z.infer<typeof Availability>;
export type VicePrincipalOut = z.infer<typeof VicePrincipal>;
export type DayReason = 'too_soon' | 'beyond_horizon' | 'weekend' | 'holiday' | 'school_break' | 'calendar_missing' | 'term_full';

/** A class hour (课时) is 45 minutes; the yearly minimum is 4 of them (domain.md §5). */
export const CLASS_HOUR_MINUTES = 45;
