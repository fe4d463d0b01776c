/**
 * Quota selection over a whole caseload, one household at a time.
 *
 * `kaidah run` reads millions of households and cannot keep every evaluated household in memory.
 * A `QuotaSelection` is given each household as it is evaluated (`place`): a household in no
 * category, or in a district the rules do not know, has its status at once and the caller can write
 * its decision straight away. A graduation candidate's status depends on every other candidate of
 * its district (or sub-district, or facilitator) and category, so only what ranking needs is kept —
 * in columns of typed arrays: its key, district, unit, category, rank value and the caller's
 * `position` (where to find the household again, to explain it). `finish` ranks every group of
 * candidates, fills each target and returns the district summaries, then answers the status of each
 * candidate by its index (the order `place` met them in).
 *
 * Units. A target written `per facilitator` or `per subdistrict` is counted on each unit's own
 * caseload: the unit's candidates are ranked among themselves and the first `target` of them are
 * proposed. Units are told apart within their district, ignoring case and spacing (like districts);
 * a blank facilitator or sub-district is a unit of its own. `households` in a target formula is the
 * caseload of the unit the target is counted on (the district, or one sub-district or facilitator),
 * as read from the data: decided households only (a rejected row cannot be placed).
 *
 * Deterministic: candidates are ranked by the category's ordering, ties broken on the key (plain
 * string order) and then on the order they were placed in.
 *
 * A household placed and then found twice with different data is taken back (`withdraw`): it
 * counts nowhere and, if it was a candidate, is ranked with no one; `finish` numbers the remaining
 * candidates anew (`SelectedQuotas.indexOfPlaced`).
 *
 * Districts are matched as officers write them (evaluation/districts.ts). Rows of no district are
 * counted per spelling, the most frequent first, each with a hint (the nearest district, or why a
 * bare name is ambiguous); only the first `UNMATCHED_SPELLINGS_KEPT` spellings are told apart.
 */
import type { Plan } from '../plan/plan.js';
import type { TargetUnit } from '../plan/codes.js';
import { schemaSlots } from '../plan/schema-slots.js';
import type { HouseholdResult } from '../evaluation/evaluate.js';
import { DistrictMatcher, normaliseDistrictName } from '../evaluation/districts.js';
import type { HouseholdStatus, SelectedQuotas, UnmatchedDistrict } from './types.js';
import { CandidateColumns, copyOf } from './candidate-columns.js';
import { NO_UNIT, UnitTable } from './unit-table.js';
import { rankCandidates } from './ranking.js';
import { UNMATCHED_SPELLINGS_KEPT, unmatchedSpellings } from './summaries.js';

export class QuotaSelection {
    private readonly graduationIndex: Map<string, number>;
    private readonly matcher: DistrictMatcher;
    private readonly householdCount: number[];
    private readonly staysCount: number[];
    private readonly unmatchedByName = new Map<string, UnmatchedDistrict>();
    private unmatchedElsewhere = 0;
    private unmatched = 0;
    private readonly withdrawn = new Set<number>();
    private placed = 0;
    private finished = false;

    private readonly subdistrictSlot: number;
    private readonly facilitatorSlot: number;
    private readonly subdistricts: UnitTable;
    private readonly facilitators: UnitTable;
    /** Count every household's unit (for per-unit targets), not only the candidates'. */
    private readonly countUnits: boolean;
    private readonly candidateColumns = new CandidateColumns();

    /** The status of a household that stays, one per district: shared, never changed. */
    private readonly stays: HouseholdStatus[];

    constructor(private readonly plan: Plan) {
        this.stays = staysStatuses(plan);
        this.graduationIndex = new Map(plan.graduations.map((g, i) => [g.name, i]));
        this.matcher = new DistrictMatcher(plan.districts);
        this.householdCount = plan.districts.map(() => 0);
        this.staysCount = plan.districts.map(() => 0);
        const slots = schemaSlots(plan.schema);
        this.subdistrictSlot = slots.subdistrict;
        this.facilitatorSlot = slots.facilitator;
        this.subdistricts = new UnitTable(plan.districts.length);
        this.facilitators = new UnitTable(plan.districts.length);
        const perUnit = plan.districts.flatMap((d) => d.targets.filter((t) => t.per !== undefined));
        for (const target of perUnit) {
            if (this.slotFor(target.per!) < 0) {
                throw new Error(
                    `The target of "${target.category}" is counted per ${target.per}, but the household schema has no ${target.per} column`,
                );
            }
        }
        this.countUnits = perUnit.length > 0;
    }

    private slotFor(per: TargetUnit): number {
        return per === 'facilitator' ? this.facilitatorSlot : this.subdistrictSlot;
    }

    private districtOf(spelling: string): number {
        return this.matcher.indexOf(spelling);
    }

    /** Households placed so far. */
    get households(): number {
        return this.placed;
    }

    /** Candidates placed so far: the next candidate gets this index. */
    get candidates(): number {
        return this.candidateColumns.count;
    }

    /**
     * Places one evaluated household. Returns its status when it is decided now (it stays, or its
     * district is not in the rules; a status that stays is shared by the district's households and
     * frozen); returns undefined for a graduation candidate, whose status
     * `finish` decides — its index is `candidates - 1` after this call. `position` is the caller's
     * way back to the household (a byte offset, a row number); it comes back from `positionOf`.
     */
    place(result: HouseholdResult, position: number): HouseholdStatus | undefined {
        if (this.finished) throw new Error('This selection is finished; make a new one');
        this.placed++;
        const d = this.districtOf(result.district);
        if (d < 0) return this.placeUnmatched(result);
        this.householdCount[d]!++;
        const values = result.values;
        let subdistrict = NO_UNIT;
        let facilitator = NO_UNIT;
        if (this.countUnits || result.category !== undefined) {
            if (this.subdistrictSlot >= 0) subdistrict = this.subdistricts.unitOf(d, String(values[this.subdistrictSlot]));
            if (this.facilitatorSlot >= 0) facilitator = this.facilitators.unitOf(d, String(values[this.facilitatorSlot]));
            if (this.countUnits) {
                if (subdistrict !== NO_UNIT) this.subdistricts.households[subdistrict]!++;
                if (facilitator !== NO_UNIT) this.facilitators.households[facilitator]!++;
            }
        }
        if (result.category === undefined) {
            this.staysCount[d]!++;
            return this.stays[d]!;
        }
        const g = this.graduationIndex.get(result.category);
        if (g === undefined) throw new Error(`Household ${result.key} has category "${result.category}", which the Plan does not declare`);
        this.candidateColumns.add(result.key, position, d, g, subdistrict, facilitator, result.rankValue);
        return undefined;
    }

    private placeUnmatched(result: HouseholdResult): HouseholdStatus {
        this.unmatched++;
        this.countUnmatched(result.district, 1);
        return unmatchedStatus(result);
    }

    private countUnmatched(spelling: string, households: number): void {
        const name = normaliseDistrictName(spelling);
        let entry = this.unmatchedByName.get(name);
        if (entry === undefined) {
            if (this.unmatchedByName.size >= UNMATCHED_SPELLINGS_KEPT) {
                this.unmatchedElsewhere += households;
                return;
            }
            entry = { district: copyOf(spelling.trim()), households: 0 };
            this.unmatchedByName.set(name, entry);
        }
        entry.households += households;
    }

    /**
     * Takes back a household placed before (found again with different data: it is decided
     * nowhere). `candidate` is its index when `place` made it a candidate, else -1.
     */
    withdraw(result: HouseholdResult, candidate: number): void {
        if (this.finished) throw new Error('This selection is finished; make a new one');
        this.placed--;
        const d = this.districtOf(result.district);
        if (d < 0) {
            this.unmatched--;
            this.countUnmatched(result.district, -1);
            return;
        }
        this.householdCount[d]!--;
        if (this.countUnits || candidate >= 0) {
            const values = result.values;
            const subdistrict = this.subdistrictSlot < 0 ? NO_UNIT : this.subdistricts.unitOf(d, String(values[this.subdistrictSlot]));
            const facilitator = this.facilitatorSlot < 0 ? NO_UNIT : this.facilitators.unitOf(d, String(values[this.facilitatorSlot]));
            if (this.countUnits) {
                if (subdistrict !== NO_UNIT) this.subdistricts.households[subdistrict]!--;
                if (facilitator !== NO_UNIT) this.facilitators.households[facilitator]!--;
            }
        }
        if (candidate >= 0) this.withdrawn.add(candidate);
        else this.staysCount[d]!--;
    }

    /** Whether `place` decided this household at once (it stays, or its district is unknown), or made it a candidate (undefined). */
    statusNow(result: HouseholdResult): HouseholdStatus['status'] | undefined {
        return this.statusAtOnce(result)?.status;
    }

    /**
     * The status `place` gives a household it decides at once, without placing it (a thread that
     * explains households while another places them), or undefined for a candidate.
     */
    statusAtOnce(result: HouseholdResult): HouseholdStatus | undefined {
        const d = this.districtOf(result.district);
        if (d < 0) return unmatchedStatus(result);
        return result.category === undefined ? this.stays[d]! : undefined;
    }

    /** The candidate placed with this `position` (positions grow in placing order), or -1. */
    candidateAt(position: number): number {
        const positions = this.candidateColumns.positions.data;
        let low = 0;
        let high = this.candidateColumns.count - 1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            const at = positions[middle]!;
            if (at === position) return middle;
            if (at < position) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /** Ranks every group of candidates and fills the targets. Call once, after the last `place`. */
    finish(): SelectedQuotas {
        if (this.finished) throw new Error('This selection is already finished');
        this.finished = true;
        const unmatched = unmatchedSpellings(this.matcher, [...this.unmatchedByName.values()], this.unmatchedElsewhere);
        let candidates = this.candidateColumns;
        let newIndex: Int32Array | undefined;
        if (this.withdrawn.size > 0) ({ columns: candidates, newIndex } = candidates.without(this.withdrawn));
        const selected = rankCandidates(this.plan, {
            households: this.placed,
            householdsPerDistrict: this.householdCount,
            staysPerDistrict: this.staysCount,
            unmatched: this.unmatched,
            ...unmatched,
            subdistricts: this.subdistricts,
            facilitators: this.facilitators,
            candidates,
        });
        selected.indexOfPlaced = newIndex === undefined ? (c) => c : (c) => newIndex[c]!;
        return selected;
    }
}

/** The status of a household that stays, one per district of the Plan: shared and frozen. */
export function staysStatuses(plan: Plan): HouseholdStatus[] {
    return plan.districts.map((d) => Object.freeze({ status: 'stays' as const, district: d.name }));
}

/** A household whose district the rules do not know: decided at once, wherever its category. */
export function unmatchedStatus(result: Pick<HouseholdResult, 'district' | 'category'>): HouseholdStatus {
    return result.category === undefined
        ? { status: 'no-district', district: result.district }
        : { status: 'no-district', district: result.district, category: result.category };
}
