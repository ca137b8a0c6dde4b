// Per-person counts for the owner (issue 18.5): who wrote how much, who met which difficult client
// and how often, and how often each person faced abuse or threats.
import { z } from 'zod';
import { method } from './define';

/** Why a client counts as difficult: the app's own notions (status, the valuation's health band and red flags). */
export const difficultyReasons = ['at_risk', 'offboarding', 'health_red', 'red_flags'] as const;
export type DifficultyReason = (typeof difficultyReasons)[number];

export interface ClientMet {
  clientId: number;
  clientName: string;
  /** calls and meetings this person recorded with the client */
  times: number;
  /** empty: not a difficult client */
  difficulty: DifficultyReason[];
}

export interface PersonCounts {
  /** the author as the journal records it: a team login role, or (single user) the owner's name; '' = not recorded */
  author: string;
  /** the name shown (a team person's name for their login) */
  name: string;
  /** the team role; null for an author who is no team person (single user, or someone who left) */
  role: 'owner' | 'staff' | 'accountant' | null;
  /** entries written, corrections included */
  entries: number;
  /** calls and meetings recorded (as they stand after corrections) */
  meetings: number;
  /** the clients they met, most often first */
  clientsMet: ClientMet[];
  difficultClientsMet: number;
  difficultMeetings: number;
  /** abuse and threat incidents they recorded or that name them among the people involved */
  abuse: number;
  threats: number;
}

export interface PeopleCountsView {
  /** this file is a team replica */
  isTeam: boolean;
  /** how many different authors the journal has (a single-user file has one, or none) */
  authors: number;
  people: PersonCounts[];
  /** exports made here that the team's access log has not received yet (a replica offline) */
  accessLogPending: number;
}

export const peopleContract = {
  getPeopleCounts: method<PeopleCountsView>()(z.undefined()),
};
