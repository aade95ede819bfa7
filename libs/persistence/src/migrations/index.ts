import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';
import { AssignmentRedoAndExtensionRequest1795434126893 } from './1795434126893-assignment-redo-and-extension-request.js';
import { NoticesAndEventDedupe1795439593569 } from './1795439593569-notices-and-event-dedupe.js';
import { CallsAndPresence1795444499445 } from './1795444499445-calls-and-presence.js';
import { KnowledgeTerms1795447779167 } from './1795447779167-knowledge-terms.js';
import { DashboardCountIndexes1795449941900 } from './1795449941900-dashboard-count-indexes.js';
import { LettersAndPublications1795455783022 } from './1795455783022-letters-and-publications.js';
import { CallbackTasks1795461144436 } from './1795461144436-callback-tasks.js';
import { UnitDailyFigures1796449034416 } from './1796449034416-unit-daily-figures.js';
import { PublishableLettersIndex1796458740344 } from './1796458740344-publishable-letters-index.js';
import { UserPasswordChangedAt1796461200000 } from './1796461200000-user-password-changed-at.js';
import { AssignmentsUnitTicketIndex1796470000000 } from './1796470000000-assignments-unit-ticket-index.js';

/** Every migration, oldest first. Listed, not globbed, so bundling and ES modules need no file scan. */
export const MIGRATIONS = [InitialSchema1763900000000, AssignmentRedoAndExtensionRequest1795434126893, NoticesAndEventDedupe1795439593569, CallsAndPresence1795444499445, KnowledgeTerms1795447779167, DashboardCountIndexes1795449941900, LettersAndPublications1795455783022, CallbackTasks1795461144436, UnitDailyFigures1796449034416, PublishableLettersIndex1796458740344, UserPasswordChangedAt1796461200000, AssignmentsUnitTicketIndex1796470000000];
