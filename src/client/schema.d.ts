// Generated from openapi/openapi.json by `npm run openapi:generate` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness, database reachability and free space (no auth)
         * @description Answers 200 while the service runs, its database answers a query and its disk has room; 503 `database-unreachable` when the database does not answer; 503 `storage-full` when the last write failed for lack of space or less than 1 MiB is free on its disk.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rounds the token can see
         * @description The admin sees every round; a member token sees only the one round it belongs to. Oldest first.
         */
        get: operations["listRounds"];
        put?: never;
        /**
         * Create an audit round (admin); it starts in scoping with the default vurderingsskema
         * @description Only the admin token creates rounds. The round starts in `scoping` with the default vurderingsskema (the nine items of the seed report in three themes, and the development question as question 10). Members are added next; each gets a token for this round only. With `baselineRoundId` the round is a genaudit: it starts with a copy of the reported baseline round’s vurderingsskema instead of the default one, each copied item linked by `baselineItemId`, and GET …/comparison compares the two. The form can still be edited until rating: an item added later has no baseline item, a removed one is not compared. Refused with 409 when the baseline is not reported, 422 when no round has that id.
         */
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One round
         * @description Any member of the round and the admin may read it; any other token gets 404, as for a round that does not exist.
         */
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the round texts (leader); refused once reported
         * @description Only the fields given change; `null` clears an optional text. Allowed in every phase before `reported` (409 after): the texts appear in the afrapportering.
         */
        patch: operations["updateRound"];
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the round one phase forward (leader); 409 lists unmet preconditions
         * @description Preconditions: calibration needs ≥ 2 panelists; rating needs ≥ 1 case, ≥ 2 panelists and ≥ 1 form item; discussion needs every expected rating unless force is true; follow_up needs ≥ 1 focus point with ≥ 1 recommendation; reported renders and stores the final PDF and freezes the round, and checks the follow_up precondition again (recommendations can be deleted during follow_up; an afrapportering without any is refused with 409).
         */
        post: operations["transitionRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The panel (no tokens)
         * @description Every member of the round in panel order; readable by every member and the admin.
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Add a panel member (leader); answers the member token once
         * @description The token is valid for this round only and is shown in this answer only: the service stores its SHA-256 hash. Leaders and referents may be added at any phase before `reported`; panelists until the end of `rating` (a panelist added during rating is expected to rate every case, blind like the others). From `discussion` on a new panelist is refused with 409: they could no longer rate. A round holds at most 30 members, and cases × items × panelists at most 3000; beyond, 422 `limit-exceeded`.
         */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/members/{memberId}/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new personal link for a member (leader); the old token stops working at once
         * @description For a member who lost the link: answers a new token once, at any phase before `reported` (409 then). The previous token is rejected (401) from this response on. Audit-logged as `member.token_reissued`, without the token.
         */
        post: operations["reissueMemberToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (leader); refused once rating began
         * @description The member’s token stops working at once. From `rating` on a member may hold ratings, so removal is refused with 409.
         */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases with their documents
         * @description Every case of the round in case order (as added), each with its documents; readable by every member.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * Add an anonymised case (leader); 422 with findings when identifiers are found
         * @description The documents and the case's own texts (code, area, summary, selection) are normalised (NFKC, invisible characters removed, any whitespace, dash or line break a separator) and scanned. Certain kinds always refuse: CPR numbers (DDMMYY-NNNN with a real date, any separator), phone numbers (8 digits after a phone word or +45/0045, or following the Danish numbering plan), e-mail addresses, postal addresses (street and number, floor and side, postcode and town, c/o, postboks), dates of birth (after født or f.) and each known identifier. Probable person names (Danish first names and surnames, initials, capitalised words after role words such as moderen or sagsbehandler) refuse unless allowTerms holds the term. Words such as CVR, J.nr., EAN, ISBN, §, kr. and i alt lower a number's confidence. Each finding gives the document index (null for the case's own texts), the field, kind, certainty, confidence, UTF-16 offsets and a short excerpt with identifiers replaced by placeholders; the identifier itself is never repeated. At most 50 findings are listed, with findingsTotal and truncated. The scan runs only after the access, role and phase checks. Nothing of a refused case (nor of a refused file) is stored. A round holds at most 40 cases, and cases × items × panelists at most 3000; beyond, 422 `limit-exceeded`.
         */
        post: operations["addCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/cases/anonymise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redaction preview of a case (leader): every finding replaced by its placeholder
         * @description Takes a case as for addCase and answers its texts with every finding replaced by a placeholder: [Navn 1], [Navn 2] for another person (the same person keeps the same number), [Adresse], [CPR-nr.], [Telefon], [E-mail], [Fødselsdato], [Identifikator] for a known identifier that is not a name. Stores nothing and logs nothing of the text; the leader reviews the answer and posts the redacted case. Allowed in the phases in which cases may be added. The documents and the case's own texts (code, area, summary, selection) are normalised (NFKC, invisible characters removed, any whitespace, dash or line break a separator) and scanned. Certain kinds always refuse: CPR numbers (DDMMYY-NNNN with a real date, any separator), phone numbers (8 digits after a phone word or +45/0045, or following the Danish numbering plan), e-mail addresses, postal addresses (street and number, floor and side, postcode and town, c/o, postboks), dates of birth (after født or f.) and each known identifier. Probable person names (Danish first names and surnames, initials, capitalised words after role words such as moderen or sagsbehandler) refuse unless allowTerms holds the term. Words such as CVR, J.nr., EAN, ISBN, §, kr. and i alt lower a number's confidence. Each finding gives the document index (null for the case's own texts), the field, kind, certainty, confidence, UTF-16 offsets and a short excerpt with identifiers replaced by placeholders; the identifier itself is never repeated. At most 50 findings are listed, with findingsTotal and truncated. The scan runs only after the access, role and phase checks.
         */
        post: operations["previewCaseAnonymisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One case with its documents
         * @description Readable by every member of the round; 404 for a case of another round.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        /**
         * Remove a case (leader); only before rating
         * @description Allowed in scoping, panel and calibration; from `rating` on the case may hold ratings (409).
         */
        delete: operations["removeCase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The round’s vurderingsskema: scale, themes with numbered items, development question
         * @description Readable by every member. Items are numbered 1..N across the themes in order; the development question follows them and carries `developmentQuestionNumber` (N + 1, 10 with the default form), the number every client should show.
         */
        get: operations["getForm"];
        /**
         * Edit the vurderingsskema (leader): text, add, remove, reorder; frozen from rating on
         * @description Replaces the whole form: items with an `id` keep it (and the ratings that will refer to it), items without are new, items left out are removed. Items are renumbered 1..N in the order given, and the development question after them. Allowed in scoping, panel and calibration; from `rating` on the form is frozen (409). An unknown item id or a repeated theme key is refused with 422.
         */
        put: operations["replaceForm"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/cases/{caseId}/ratings/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save the caller’s own rating of a case on an item (panelist); only in rating; a second PUT replaces the first
         * @description Only a panelist rates, and only their own ratings; only while the round is in `rating` (409 before and after). The case and item must belong to the round (404). Saves are committed before they are answered, and a second PUT replaces the first.
         */
        put: operations["putRating"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ratings visible to the token: a panelist sees only their own until discussion
         * @description Leader, referent and admin see every rating with its member id. A panelist sees only their own until `discussion`; from then on everyone’s, but another panelist’s rating carries only its `rater` label ("Paneldeltager N"), `memberId` null, and a `memberId` filter for someone else answers an empty list; filters combine. So the panel discusses the ratings without their authors being named, as the discussion view and the report do.
         */
        get: operations["listRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of the expected ratings each panelist has given
         * @description Counts only. Until `discussion` a panelist sees only their own row, and `expected`/`received` are their own (blind rating: no one sees how far the others are). Half-answered drafts are not counted.
         */
        get: operations["getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/ratings.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All ratings as CSV for Danish Excel (leader, referent)
         * @description One row per rating: round title, case code, item number, item text, member name, role, value key, Danish label, justification, updated time. UTF-8 with BOM, `;`-separated, CRLF line ends, RFC 4180 quoting. Guarded against CSV formula injection: a text field starting with =, +, -, @, tab or CR is prefixed with an apostrophe (').
         */
        get: operations["exportRatingsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller’s own half-answered items (empty for anyone but a panelist)
         * @description Every member may ask; only a panelist has drafts, and only their own are answered. The pages use them to restore what was typed before a reload.
         */
        get: operations["listOwnDrafts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/cases/{caseId}/drafts/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Keep a half-answered item (panelist, own); only in rating
         * @description Replaces the caller’s draft of this case and item; never counted and seen by nobody else. The justification follows the rating’s limit (2000 characters) and the text rule (valid UTF-8, no NUL, no lone surrogate: 400 `invalid-text`).
         */
        put: operations["putDraft"];
        post?: never;
        /**
         * Forget a half-answered item (panelist, own); only in rating; 204 also when there was none
         * @description Removes the caller’s own draft of this case and item; saving the full rating does the same.
         */
        delete: operations["deleteDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/development": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Development answers visible to the token: a panelist sees only their own until discussion
         * @description Blind like the ratings: until `discussion` a panelist sees only their own answer; leader, referent and admin see all.
         */
        get: operations["listDevelopmentAnswers"];
        /**
         * Save the caller’s own answer to the development question (panelist); only in rating
         * @description The development question follows the form’s items (its number is the form’s `developmentQuestionNumber`) and is answered once for all cases: one to three areas, each with a suggestion. The answer is replaced as a whole. Only a panelist, only their own, only in `rating` (409 otherwise).
         */
        put: operations["putDevelopmentAnswer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The aggregated results (leader, referent; panelists from discussion)
         * @description Per cell (case × item), item, theme and overall: counts per value, n (values given; na is no value), median, mean and positive share (null when n = 0), disagreement per cell (n ≥ 3 with at least a third positive and a third negative), cases rated and cases whose median is ≥ 2 per item, and Krippendorff’s alpha (ordinal). Panelists rate blind: they get 403 before `discussion`.
         */
        get: operations["getResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/discussion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The auditmøde’s material in meeting order (leader, referent; panelists from discussion)
         * @description What the audit meeting talks about, in order: items with the most disagreement first, then the lowest positive share; each with its cells and the justifications under anonymous rater labels; and the development answers grouped by area. No names anywhere.
         */
        get: operations["getDiscussion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A genaudit compared with its baseline round (leader, referent; panelists from discussion)
         * @description Only a round created with baselineRoundId has a comparison: for any other round the answer is 409 (the round exists, it is not a genaudit). Who may read it is who may read the results: admin, leader and referent in every phase, panelists from discussion on (403 before). Figures are full precision.
         */
        get: operations["getComparison"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/focus-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Focus points in order; every recommendation carries its number
         * @description Readable by every member. Recommendations are numbered 1..N consecutively across the focus points in their order, by position within each; numbers are computed on every read.
         */
        get: operations["listFocusPoints"];
        put?: never;
        /**
         * Add a focus point (leader, referent); only in discussion and follow_up
         * @description Focus points are written at the audit meeting and the follow-up meeting (`discussion`, `follow_up`; 409 otherwise). The answer carries the ETag header for later changes. Inserting at a position shifts the later focus points, and the recommendations renumber 1..N across focus points in their order. A round holds at most 20 focus points; beyond, 422 `limit-exceeded`.
         */
        post: operations["createFocusPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/focus-points/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidate focus points from the results (leader, referent); creates nothing
         * @description Items with a positive share below 0.5 or with at least one disagreement case, grouped by theme in form order.
         */
        get: operations["suggestFocusPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/focus-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One focus point with its recommendations; ETag header
         * @description The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.
         */
        get: operations["getFocusPoint"];
        put?: never;
        post?: never;
        /**
         * Delete a focus point and its recommendations (leader, referent); If-Match required
         * @description The later focus points move up and the remaining recommendations renumber. If-Match must carry the current ETag (428 without, 412 when stale).
         */
        delete: operations["deleteFocusPoint"];
        options?: never;
        head?: never;
        /**
         * Change a focus point (leader, referent); If-Match required; answers the new ETag
         * @description The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.
         */
        patch: operations["updateFocusPoint"];
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/focus-points/{focusPointId}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a recommendation to a focus point (leader, referent); only in discussion and follow_up
         * @description Adds to the focus point `focusPointId`. Only in `discussion` and `follow_up` (409 otherwise). The answer carries the recommendation’s `number` (1..N across all focus points) and its ETag header. A round holds at most 60 recommendations; beyond, 422 `limit-exceeded`.
         */
        post: operations["createRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/recommendations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One recommendation with its number; ETag header
         * @description The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.
         */
        get: operations["getRecommendation"];
        put?: never;
        post?: never;
        /**
         * Delete a recommendation (leader, referent); If-Match required; the others renumber
         * @description If-Match must carry the current ETag (428 without, 412 when stale). Only in `discussion` and `follow_up`.
         */
        delete: operations["deleteRecommendation"];
        options?: never;
        head?: never;
        /**
         * Change or move a recommendation (leader, referent); If-Match required; answers the new ETag
         * @description The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.
         */
        patch: operations["updateRecommendation"];
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report model as JSON (leader, referent); a draft before the round is reported
         * @description Everything the afrapportering PDF shows, as data: round texts, phases with dates, cases, panel, form, results, focus points with numbered recommendations and the development answers grouped by area; for a genaudit also `comparison`, the chapter [4] comparing it with its baseline round.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The afrapportering as PDF (leader, referent): a fresh draft ("Udkast") before reported, the stored final after
         * @description After `reported` the bytes are the ones stored at publication, identical on every download; the ETag is their sha256.
         */
        get: operations["getReportPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mutations of the round, newest first (leader)
         * @description At most `limit` entries (default 100); for the next, older page pass the `id` of the last entry as `before`. An empty page is the end.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The udviklingsplan with its coverage of the round’s recommendations
         * @description Every member of the round reads; the plan exists from `reported` on (before: 409). Created empty on the first read or write.
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an indsatsområde
         * @description Admin and leader only, from `reported` on (before: 409).
         */
        post: operations["createInitiative"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One indsatsområde with its steps; ETag header
         * @description Every member of the round reads; the plan exists from `reported` on (before: 409). The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it. A change to one of its steps does not change it either.
         */
        get: operations["getInitiative"];
        put?: never;
        post?: never;
        /**
         * Delete an indsatsområde with its steps; If-Match required; the others renumber
         * @description Admin and leader only, from `reported` on (before: 409).
         */
        delete: operations["deleteInitiative"];
        options?: never;
        head?: never;
        /**
         * Change or move an indsatsområde; If-Match required; answers the new ETag
         * @description Admin and leader only, from `reported` on (before: 409). The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.
         */
        patch: operations["updateInitiative"];
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan/initiatives/{initiativeId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an aktivitet, delmål or implementeringsmål to an indsatsområde
         * @description Admin and leader only, from `reported` on (before: 409). Its history starts with the step as created.
         */
        post: operations["createStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One step with its label and overdue flag; ETag header
         * @description Every member of the round reads; the plan exists from `reported` on (before: 409). The ETag changes with every direct change to this resource; renumbering caused by other inserts or deletes does not change it.
         */
        get: operations["getStep"];
        put?: never;
        post?: never;
        /**
         * Delete a step and its history; If-Match required; labels renumber
         * @description Admin and leader only, from `reported` on (before: 409).
         */
        delete: operations["deleteStep"];
        options?: never;
        head?: never;
        /**
         * Change, move or follow up a step; If-Match required; answers the new ETag
         * @description Admin and leader only, from `reported` on (before: 409). A change of state or statusText is added to the step's history.
         */
        patch: operations["updateStep"];
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan/steps/{stepId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every state and status text a step has had, oldest first, with who and when
         * @description Every member of the round reads; the plan exists from `reported` on (before: 409).
         */
        get: operations["getStepHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The udviklingsplan as PDF
         * @description Every member of the round reads; the plan exists from `reported` on (before: 409). Rendered on every request: per indsatsområde its note, status, implementation phase with its questions, the chosen anbefalinger and guidance, then the table Aktivitet/Delmål/Implementeringsmål · Dato · Ansvarlig/udfører/deltagere · Status, overdue rows marked in words and colour; page numbers.
         */
        get: operations["getPlanPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{roundId}/plan.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The udviklingsplan as CSV for Danish Excel, one row per step
         * @description Every member of the round reads; the plan exists from `reported` on (before: 409). Columns: initiative number, initiative, implementation phase, label ("Aktivitet 3"), kind in Danish, text, start, due (YYYY-MM-DD), responsible, state in Danish, status text, overdue (ja/nej), updated. UTF-8 with BOM, `;`-separated, CRLF line ends, RFC 4180 quoting; a text field starting with =, +, -, @, tab or CR is prefixed with an apostrophe (').
         */
        get: operations["getPlanCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the token belongs to: the admin, or a member with round and role
         * @description Lets the panel’s web form find out whose token it holds: the admin, or one member of one round with their role.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A case's texts with every finding replaced by its placeholder, and the findings */
        AnonymisedCase: {
            case: {
                code: string;
                area: string;
                summary: string | null;
                selection: {
                    developmentPotential: string | null;
                    complexity: string | null;
                    recent: string | null;
                };
                documents: {
                    title: string;
                    text: string;
                }[];
            };
            /** @description Where personal identifiers were found, at most 50; the identifier itself is never repeated */
            findings: components["schemas"]["Finding"][];
            /** @description How many findings there are in all */
            findingsTotal: number;
            /** @description true when there are more findings than the 50 listed */
            truncated: boolean;
        };
        /** @description One mutation: who, in which role, when, what, on which target */
        AuditEntry: {
            /** @description Opaque; pass the last one of a page as `before` for the next page */
            id: string;
            at: string;
            actorId: string;
            actorRole: string;
            /** @description e.g. round.transitioned, rating.saved */
            action: string;
            targetType: string;
            targetId: string;
            details: {
                [key: string]: string | number | boolean;
            } | null;
        };
        /**
         * @description An anonymised case with its documents in order
         * @example {
         *       "id": "9e1f3b7a-2c4d-4f6e-8a0b-1c2d3e4f5a6b",
         *       "code": "Sag 1",
         *       "area": "Socialpsykiatri",
         *       "summary": null,
         *       "selection": {
         *         "developmentPotential": "Konkrete muligheder for at styrke borgerens hverdag",
         *         "complexity": "Flere samtidige indsatser",
         *         "recent": "Bevilget 15.02.2026"
         *       },
         *       "documents": [
         *         {
         *           "id": "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d",
         *           "position": 1,
         *           "title": "Handleplan",
         *           "text": "Formål: at borgeren får en struktureret hverdag. Indsatsmål: …"
         *         }
         *       ],
         *       "createdAt": "2026-11-24T09:30:00.000Z"
         *     }
         */
        Case: {
            id: string;
            code: string;
            area: string;
            summary: string | null;
            selection: {
                developmentPotential: string | null;
                complexity: string | null;
                recent: string | null;
            };
            documents: {
                id: string;
                position: number;
                title: string;
                text: string;
            }[];
            createdAt: string;
        };
        /**
         * @description A new anonymised case
         * @example {
         *       "code": "Sag 1",
         *       "area": "Socialpsykiatri",
         *       "selection": {
         *         "developmentPotential": "Konkrete muligheder for at styrke borgerens hverdag",
         *         "complexity": "Flere samtidige indsatser",
         *         "recent": "Bevilget 15.02.2026"
         *       },
         *       "documents": [
         *         {
         *           "title": "Handleplan",
         *           "text": "Formål: at borgeren får en struktureret hverdag. Indsatsmål: …"
         *         }
         *       ],
         *       "knownIdentifiers": [
         *         "Vestergade"
         *       ],
         *       "allowTerms": [
         *         "Psykiatrisk Center"
         *       ]
         *     }
         */
        CaseCreate: {
            /** @description e.g. "Sag 3" */
            code: string;
            /** @description Hovedområde, e.g. Socialpsykiatri */
            area: string;
            summary?: string | null;
            /** @description How the case meets the selection criteria */
            selection?: {
                /** @description Udviklingspotentiale */
                developmentPotential?: string | null;
                /** @description Kompleksitet */
                complexity?: string | null;
                /** @description Relativt ny sag */
                recent?: string | null;
            };
            /** @description At most 20 documents, whose texts (typed or extracted from a file) together hold at most 200000 characters; typed texts over it answer 400, extracted ones 422 `limit-exceeded` */
            documents: ({
                title: string;
                text: string;
            } | {
                title: string;
                file: {
                    /** @description The file name, for the person sending it; not stored */
                    name: string;
                    /** @enum {string} */
                    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/pdf";
                    /** @description The file, base64. The whole request must fit the body limit (1 MB unless BODY_LIMIT says otherwise), so a file of about 750 kB at most */
                    data: string;
                };
            })[];
            /** @description Names, addresses etc. that must not appear; checked case-insensitively as whole words across any separator, a name of two or three words also as Hans-Hansen, H. Hansen and Hansen, Hans; never stored */
            knownIdentifiers?: string[];
            /** @description Terms the leader confirms are not personal (e.g. "Psykiatrisk Center", "Tørring"): a probable person name inside one passes. Never overrides a certain kind; never stored */
            allowTerms?: string[];
        };
        ComparedItem: {
            /** @description The genaudit’s item */
            itemId: string;
            /** @description The baseline round’s item it was copied from */
            baselineItemId: string;
            /** @description The item’s number in the genaudit’s form */
            number: number;
            text: string;
            baseline: components["schemas"]["ComparisonSide"];
            followUp: components["schemas"]["ComparisonSide"];
            /** @description followUp.mean − baseline.mean */
            difference: number | null;
            /** @description (#pairs f > b − #pairs f < b) / (n_f · n_b) over all (follow-up case, baseline case) pairs of case scores; −1 … 1 */
            cliffsDelta: number | null;
            /** @description Two-sided exact permutation test of the difference in means: pool the case scores of both rounds, take every split into groups of the two sizes, count the splits whose |difference| ≥ the observed |difference| − 1e-9, and divide by the number of splits. The splits are counted, not enumerated: case scores are multiples of 0.5, and with the group sizes fixed the difference is a linear function of the follow-up group’s sum, so a dynamic programme counts the splits per sum. Up to 1,000,000 splits (and up to 2^53) the counts are exact integers and p is exact. Beyond that (e.g. 60 + 60 cases, about 9.7 · 10^34 splits) the same counts are kept in IEEE double precision: each carries a relative rounding error below about 1e-13, so p equals the exact value to about twelve significant digits. No sampling is involved: the same data always give the same p. */
            pValue: number | null;
            verdict: components["schemas"]["Verdict"];
        };
        /** @description A genaudit compared item by item with its baseline round. Per case one case score: that case’s cell median for the item; cases with n = 0 for the item are left out. Both sides need at least one case, else mean (of the empty side), difference, cliffsDelta and pValue are null and the verdict is not_comparable. Items added to the genaudit’s form have no baseline item and are not listed; items removed from it are not compared. With few cases a real change can easily fail to reach p < 0.05: with three cases on each side even the largest possible change gives p = 0.1, so no_clear_change means “not shown”, not “no change”. */
        Comparison: {
            baselineRoundId: string;
            /** @description The genaudit’s items that have a baseline item, in form order */
            items: components["schemas"]["ComparedItem"][];
            /** @description The baseline round’s udviklingsplan: one entry per initiative (indsatsområde), in plan order, numbered as in the plan. itemNumbers are the genaudit’s compared items (by number, ascending, each once) that are linked to the focus points of the initiative’s chosen recommendations; items removed from the genaudit’s form are not listed. Empty when the baseline has no initiatives. */
            initiatives: components["schemas"]["ComparisonInitiative"][];
        };
        ComparisonInitiative: {
            initiativeId: string;
            number: number;
            title: string;
            /** @description Items linked to the focus points of the initiative’s chosen recommendations */
            itemNumbers: number[];
            /** @description The verdict of each item in itemNumbers, in the same order */
            verdicts: components["schemas"]["Verdict"][];
        };
        /** @description One round’s figures for the item, over its case scores */
        ComparisonSide: {
            /** @description Cases with n ≥ 1 for the item (as in the results) */
            casesRated: number;
            /** @description Of those, cases whose cell median ≥ 2 (as in the results) */
            casesPositive: number;
            /** @description Mean of the case scores; null when casesRated = 0 */
            mean: number | null;
        };
        /** @description Ratings per value of the svarskala */
        Counts: {
            high: number;
            some: number;
            low: number;
            none: number;
            na: number;
        };
        /** @description One panelist’s answer to the development question */
        DevelopmentAnswer: {
            memberId: string;
            areas: {
                area: string;
                suggestion: string;
            }[];
            updatedAt: string;
        };
        /**
         * @description The development question: up to three areas with the largest potential, each with a suggestion
         * @example {
         *       "areas": [
         *         {
         *           "area": "Succeskriterier",
         *           "suggestion": "Skriv målbare succeskriterier for hvert indsatsmål."
         *         }
         *       ]
         *     }
         */
        DevelopmentAnswerPut: {
            areas: {
                /** @description Område med udviklingspotentiale */
                area: string;
                /** @description Forslag til forbedring */
                suggestion: string;
            }[];
        };
        /** @description Items in meeting order (most cells with disagreement first, then lowest positive share, no values last); within an item the cells likewise (disagreement first, then lowest positive share). Development answers grouped by area (trimmed, case-insensitive); no names anywhere. */
        Discussion: {
            completeness: {
                expected: number;
                received: number;
            };
            items: {
                itemId: string;
                number: number;
                n: number;
                na: number;
                counts: components["schemas"]["Counts"];
                median: number | null;
                mean: number | null;
                positiveShare: number | null;
                /** @description Cases with n ≥ 1 for the item */
                casesRated: number;
                /** @description Cases whose cell median ≥ 2 ("i høj grad eller i nogen grad") */
                casesPositive: number;
                /** @description Cells of the item flagged with disagreement */
                disagreementCases: number;
                /** @description Krippendorff’s alpha (ordinal metric), one unit per case with the panelists’ values of the item, na and absent ratings missing; null when undefined (no pairable values or no variation) */
                alpha: number | null;
                text: string;
                themeKey: string;
                themeTitle: string;
                cells: {
                    caseId: string;
                    /** @description Values given (na is no value) */
                    n: number;
                    na: number;
                    counts: components["schemas"]["Counts"];
                    /** @description Median of the values (high 3 … none 0; the mean of the two middle ones when n is even); null when n = 0 */
                    median: number | null;
                    /** @description Arithmetic mean of the values; null when n = 0 */
                    mean: number | null;
                    /** @description (high + some) / n; null when n = 0 */
                    positiveShare: number | null;
                    /** @description n ≥ 3, positive (high, some) ≥ n/3 and negative (low, none) ≥ n/3 */
                    disagreement: boolean;
                    caseCode: string;
                    justifications: {
                        /** @description Anonymous, stable per panelist, e.g. "Paneldeltager 3"; never a name */
                        rater: string;
                        value: components["schemas"]["RatingValue"];
                        valueLabel: string;
                        justification: string;
                    }[];
                }[];
            }[];
            development: {
                question: string;
                respondents: number;
                areas: {
                    area: string;
                    suggestions: string[];
                }[];
            };
        };
        Finding: {
            /** @description 0-based index into documents; null for a field of the case itself or a text that is not a case's */
            document: number | null;
            /** @description title or text of the document; or code, area, summary, selection.developmentPotential, justification, … */
            field: string;
            /** @enum {string} */
            kind: "cpr" | "email" | "phone" | "address" | "birth_date" | "known_identifier" | "person_name";
            /**
             * @description certain kinds always refuse; a probable person name passes when allowTerms holds the exact term
             * @enum {string}
             */
            certainty: "certain" | "probable";
            confidence: number;
            /** @description UTF-16 offset of the identifier in the field as sent */
            start: number;
            /** @description UTF-16 offset just past it */
            end: number;
            /** @description About 30 characters either side, every identifier in it replaced by its placeholder ([Navn 1], [CPR-nr.], …) */
            excerpt: string;
        };
        /**
         * @description Fokuspunkt with its numbered anbefalinger
         * @example {
         *       "id": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
         *       "position": 2,
         *       "title": "Formulering af indsatsmål",
         *       "discussion": "Panelet drøftede, hvordan indsatsmål kan gøres målbare.",
         *       "itemIds": [
         *         "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a"
         *       ],
         *       "itemNumbers": [
         *         2
         *       ],
         *       "recommendations": [
         *         {
         *           "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *           "focusPointId": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
         *           "position": 1,
         *           "number": 3,
         *           "text": "Det anbefales, at indsatsmål formuleres med succeskriterier.",
         *           "etag": "\"r-1f3a9c\"",
         *           "createdAt": "2026-11-27T10:05:00.000Z",
         *           "updatedAt": "2026-11-27T10:05:00.000Z"
         *         }
         *       ],
         *       "etag": "\"f-8b2e41\"",
         *       "createdAt": "2026-11-27T10:00:00.000Z",
         *       "updatedAt": "2026-11-27T10:00:00.000Z"
         *     }
         */
        FocusPoint: {
            id: string;
            /** @description 1-based position among the round’s focus points */
            position: number;
            title: string;
            /** @description Drøftelse: summary of the panel’s discussion */
            discussion: string;
            /** @description Form items the focus point concerns, in form order */
            itemIds: string[];
            /** @description Their numbers in the vurderingsskema */
            itemNumbers: number[];
            recommendations: components["schemas"]["Recommendation"][];
            /** @description The same value as the ETag header of GET; send it as If-Match to change it */
            etag: string;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @description A new focus point; without position it goes last
         * @example {
         *       "title": "Formulering af indsatsmål",
         *       "discussion": "Panelet drøftede, hvordan indsatsmål kan gøres målbare.",
         *       "itemIds": [
         *         "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a"
         *       ]
         *     }
         */
        FocusPointCreate: {
            /** @description e.g. "Formulering af indsatsmål" */
            title: string;
            /** @description Drøftelse */
            discussion: string;
            /** @description Ids of the form items it concerns; unknown ids → 422 */
            itemIds?: string[];
            /** @description 1-based; others shift; past the end → last */
            position?: number;
        };
        /** @description A candidate focus point computed from the results */
        FocusPointSuggestion: {
            themeKey: string;
            themeTitle: string;
            /** @description A Danish title to start from */
            proposedTitle: string;
            itemIds: string[];
            itemNumbers: number[];
            /** @description One Danish sentence per item with the figures behind it */
            reasons: string[];
            items: {
                itemId: string;
                number: number;
                text: string;
                n: number;
                median: number | null;
                positiveShare: number | null;
                casesRated: number;
                casesPositive: number;
                disagreementCases: number;
                /** @description positiveShare < 0.5 */
                lowPositiveShare: boolean;
            }[];
        };
        /**
         * @description The vurderingsskema
         * @example {
         *       "scale": [
         *         {
         *           "key": "high",
         *           "label": "I høj grad",
         *           "value": 3
         *         },
         *         {
         *           "key": "some",
         *           "label": "I nogen grad",
         *           "value": 2
         *         },
         *         {
         *           "key": "low",
         *           "label": "I mindre grad",
         *           "value": 1
         *         },
         *         {
         *           "key": "none",
         *           "label": "Slet ikke",
         *           "value": 0
         *         },
         *         {
         *           "key": "na",
         *           "label": "Stillingtagen ikke mulig pga. manglende dokumentation/ikke relevant",
         *           "value": null
         *         }
         *       ],
         *       "themes": [
         *         {
         *           "key": "formaal-og-maal",
         *           "title": "Formål og mål for indsats",
         *           "items": [
         *             {
         *               "id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
         *               "number": 1,
         *               "text": "Vurder hvorvidt der er formuleret et formål med indsatsen, som er tydeligt?",
         *               "baselineItemId": null
         *             }
         *           ]
         *         }
         *       ],
         *       "developmentQuestion": "Nævn de tre områder, hvor du mener, at der er størst udviklingspotentiale i forhold til at forbedre handleplanen som et effektivt styringsredskab og kom med forslag til forbedringer.",
         *       "developmentQuestionNumber": 2
         *     }
         */
        Form: {
            /** @description The svarskala; fixed */
            scale: {
                key: components["schemas"]["RatingValue"];
                label: string;
                /** @description high 3, some 2, low 1, none 0; null for na */
                value: number | null;
            }[];
            themes: {
                key: string;
                title: string;
                items: {
                    id: string;
                    /** @description 1..N across the whole form in theme order */
                    number: number;
                    text: string;
                    /** @description In a genaudit: the baseline round’s item this item was copied from, and is compared with. Null for an item added to the genaudit’s form, and in a round without a baseline. Set only by the copy; a PUT keeps it on items that keep their id (it is not part of the PUT body). */
                    baselineItemId: string | null;
                }[];
            }[];
            /** @description The development question (udviklingsspørgsmål), answered once for all cases after the items */
            developmentQuestion: string;
            /** @description The number the development question carries: the number of form items + 1 (10 with the nine items of the default form). Show this, never a fixed 10 */
            developmentQuestionNumber: number;
        };
        /**
         * @description The vurderingsskema to use; items without id are new, items left out are removed, and items are numbered 1..N in the order given
         * @example {
         *       "themes": [
         *         {
         *           "key": "formaal-og-maal",
         *           "title": "Formål og mål for indsats",
         *           "items": [
         *             {
         *               "id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
         *               "text": "Vurder hvorvidt der er formuleret et formål med indsatsen, som er tydeligt?"
         *             },
         *             {
         *               "text": "Vurder om indsatsens varighed er klart angivet?"
         *             }
         *           ]
         *         }
         *       ],
         *       "developmentQuestion": "Nævn de tre områder, hvor du mener, at der er størst udviklingspotentiale i forhold til at forbedre handleplanen som et effektivt styringsredskab og kom med forslag til forbedringer."
         *     }
         */
        FormReplace: {
            /** @description Accepted for symmetry with GET; the svarskala is fixed */
            scale?: {
                key: components["schemas"]["RatingValue"];
                label: string;
                /** @description high 3, some 2, low 1, none 0; null for na */
                value: number | null;
            }[];
            /** @description At most 10 themes and 30 items in all; cases × items × panelists at most 3000 (422 above) */
            themes: {
                /** @description Stable key, e.g. borgerinddragelse */
                key: string;
                title: string;
                items: {
                    /** @description Keep an existing item; leave out for a new one */
                    id?: string;
                    text: string;
                }[];
            }[];
            developmentQuestion: string;
            /** @description Accepted for symmetry with GET and ignored: the number follows from the items */
            developmentQuestionNumber?: number;
        };
        /**
         * @description decide (Beslutte), plan (Planlægge), execute (Gennemføre), embed (Forankre)
         * @enum {string}
         */
        ImplementationPhase: "decide" | "plan" | "execute" | "embed";
        /** @description Indsatsområde */
        Initiative: {
            id: string;
            /** @description 1..N in plan order ("Indsatsområde 1") */
            number: number;
            title: string;
            status: string;
            note: string;
            phase: components["schemas"]["ImplementationPhase"];
            /** @description The phase in Danish */
            phaseLabel: string;
            /** @description The questions to ask in this implementation phase */
            checklist: string[];
            /** @description The chosen recommendations, by number */
            recommendations: {
                id: string;
                number: number;
                text: string;
            }[];
            guidance: string[];
            /** @description In position order */
            steps: components["schemas"]["PlanStep"][];
            /** @description The same value as the ETag header of GET; send it as If-Match to change it */
            etag: string;
            updatedAt: string;
        };
        /** @description Who the bearer token belongs to */
        Me: {
            /** @constant */
            kind: "admin";
        } | {
            /** @constant */
            kind: "member";
            memberId: string;
            roundId: string;
            role: components["schemas"]["Role"];
            name: string;
        };
        /**
         * @description A panel member; never the token
         * @example {
         *       "id": "5d2c9a4e-8f0b-4e7e-a1c3-6b9d2f4e7a10",
         *       "name": "Lene Damgaard",
         *       "affiliation": "Socialpsykiatri",
         *       "role": "panelist",
         *       "roleLabel": "paneldeltager",
         *       "createdAt": "2026-11-24T09:20:00.000Z"
         *     }
         */
        Member: {
            id: string;
            name: string;
            affiliation: string;
            role: components["schemas"]["Role"];
            /** @description The role in Danish */
            roleLabel: string;
            createdAt: string;
        };
        /**
         * @description A new panel member
         * @example {
         *       "name": "Lene Damgaard",
         *       "affiliation": "Socialpsykiatri",
         *       "role": "panelist"
         *     }
         */
        MemberCreate: {
            name: string;
            affiliation: string;
            role: components["schemas"]["Role"];
        };
        /** @description The new member and their token, shown only this once */
        MemberCreated: {
            member: components["schemas"]["Member"];
            /** @description The member's bearer token, valid for this round only; shown once */
            token: string;
        };
        /** @enum {string} */
        Phase: "scoping" | "panel" | "calibration" | "rating" | "discussion" | "follow_up" | "reported";
        /** @description Udviklingsplan */
        Plan: {
            roundId: string;
            initiatives: components["schemas"]["Initiative"][];
            /** @description How the plan covers the round’s recommendations */
            coverage: {
                /** @description Recommendation numbers some initiative has chosen, ascending */
                chosen: number[];
                /** @description Recommendation numbers no initiative has chosen, ascending */
                notChosen: number[];
            };
            /** @description The plan’s last change (or its creation) */
            updatedAt: string;
        };
        /** @description Aktivitet, delmål or implementeringsmål */
        PlanStep: {
            id: string;
            initiativeId: string;
            /** @description 1-based position within its initiative */
            position: number;
            kind: components["schemas"]["StepKind"];
            /** @description "Aktivitet 3": each kind numbered 1..N across the whole plan in plan order */
            label: string;
            text: string;
            start: string | null;
            due: string;
            responsible: string;
            statusText: string;
            state: components["schemas"]["StepState"];
            /** @description The state in Danish */
            stateLabel: string;
            /** @description due is before today in Europe/Copenhagen and state is not done */
            overdue: boolean;
            /** @description The same value as the ETag header of GET; send it as If-Match to change it */
            etag: string;
            updatedAt: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description Stable URI naming the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            requestId?: string;
            /** @description Validation errors with field paths */
            errors?: {
                /** @description The request part (body, params, querystring or headers) followed by the JSON pointer of the failing field in it, e.g. body/documents/0/text */
                path: string;
                message: string;
            }[];
            /** @description Preconditions of a phase transition that are not met */
            unmet?: {
                code: string;
                message: string;
                memberId?: string;
                missing?: number;
            }[];
            /** @description Where personal identifiers were found, at most 50; the identifier itself is never repeated */
            findings?: components["schemas"]["Finding"][];
            /** @description How many findings there are in all */
            findingsTotal?: number;
            /** @description true when there are more findings than the 50 listed */
            truncated?: boolean;
        };
        /** @description Ratings received per panelist; counts only, never values */
        Progress: {
            /** @description cases × items × panelists */
            expected: number;
            received: number;
            members: {
                memberId: string;
                name: string;
                /** @description cases × items */
                expected: number;
                received: number;
                /** @description Whether the panelist has answered the development question */
                developmentAnswered: boolean;
            }[];
        };
        /**
         * @description One panelist’s rating of one case on one item
         * @example {
         *       "id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
         *       "caseId": "9e1f3b7a-2c4d-4f6e-8a0b-1c2d3e4f5a6b",
         *       "itemId": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
         *       "memberId": "5d2c9a4e-8f0b-4e7e-a1c3-6b9d2f4e7a10",
         *       "rater": "Paneldeltager 2",
         *       "value": "some",
         *       "valueLabel": "I nogen grad",
         *       "justification": "Formålet er beskrevet, men uden succeskriterier.",
         *       "createdAt": "2026-11-25T13:02:11.000Z",
         *       "updatedAt": "2026-11-25T13:02:11.000Z"
         *     }
         */
        Rating: {
            id: string;
            caseId: string;
            itemId: string;
            /** @description The rater. null when a panelist reads another panelist’s rating (from discussion on): raters are anonymous to each other, as in the discussion view and the report */
            memberId: string | null;
            /** @description "Paneldeltager N" by the order panelists joined: the label of the discussion view and the report */
            rater?: string;
            value: components["schemas"]["RatingValue"];
            /** @description The value in Danish, as the svarskala words it */
            valueLabel: string;
            justification: string;
            createdAt: string;
            updatedAt: string;
        };
        /** @description A half-answered item of the caller’s own: kept on the server, never counted in progress or results, seen by nobody else. Saving the full rating of the same case and item deletes it. */
        RatingDraft: {
            caseId: string;
            itemId: string;
            value: components["schemas"]["RatingValue"] | null;
            justification: string | null;
            updatedAt: string;
        };
        /**
         * @description One rating of one case on one item
         * @example {
         *       "value": "some",
         *       "justification": "Formålet er beskrevet, men uden succeskriterier."
         *     }
         */
        RatingPut: {
            value: components["schemas"]["RatingValue"];
            /** @description Begrundelse: "Begrund din vurdering" (trimmed, 1–2000 characters) */
            justification: string;
        };
        /** @enum {string} */
        RatingValue: "high" | "some" | "low" | "none" | "na";
        /**
         * @description Anbefaling
         * @example {
         *       "id": "4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f",
         *       "focusPointId": "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
         *       "position": 1,
         *       "number": 3,
         *       "text": "Det anbefales, at indsatsmål formuleres med succeskriterier.",
         *       "etag": "\"r-1f3a9c\"",
         *       "createdAt": "2026-11-27T10:05:00.000Z",
         *       "updatedAt": "2026-11-27T10:05:00.000Z"
         *     }
         */
        Recommendation: {
            id: string;
            focusPointId: string;
            /** @description 1-based position within its focus point */
            position: number;
            /** @description 1..N across all focus points in their order; computed on every read, never stored */
            number: number;
            /** @description "Det anbefales, at …" */
            text: string;
            /** @description The same value as the ETag header of GET; send it as If-Match to change it */
            etag: string;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @description A new recommendation; without position it goes last in its focus point
         * @example {
         *       "text": "Det anbefales, at indsatsmål formuleres med succeskriterier."
         *     }
         */
        RecommendationCreate: {
            /** @description "Det anbefales, at …" */
            text: string;
            /** @description 1-based within the focus point; others shift; past the end → last */
            position?: number;
        };
        /** @description The afrapportering as data: what the PDF shows */
        Report: {
            /** @description true before the round is reported */
            draft: boolean;
            generatedAt: string;
            round: {
                id: string;
                title: string;
                organisation: string;
                purpose: string;
                scope: string | null;
                background: string | null;
                foreword: string | null;
                phase: components["schemas"]["Phase"];
            };
            /** @description Every phase in order with the time it was reached; null if not yet */
            phases: {
                phase: components["schemas"]["Phase"];
                label: string;
                reachedAt: string | null;
            }[];
            cases: {
                code: string;
                area: string;
                summary: string | null;
                selection: {
                    developmentPotential: string | null;
                    complexity: string | null;
                    recent: string | null;
                };
            }[];
            panel: {
                name: string;
                affiliation: string;
                role: components["schemas"]["Role"];
                roleLabel: string;
            }[];
            form: components["schemas"]["Form"];
            results: {
                completeness: {
                    expected: number;
                    received: number;
                };
                items: {
                    itemId: string;
                    number: number;
                    n: number;
                    na: number;
                    counts: components["schemas"]["Counts"];
                    median: number | null;
                    mean: number | null;
                    positiveShare: number | null;
                    /** @description Cases with n ≥ 1 for the item */
                    casesRated: number;
                    /** @description Cases whose cell median ≥ 2 ("i høj grad eller i nogen grad") */
                    casesPositive: number;
                    /** @description Cells of the item flagged with disagreement */
                    disagreementCases: number;
                    /** @description Krippendorff’s alpha (ordinal metric), one unit per case with the panelists’ values of the item, na and absent ratings missing; null when undefined (no pairable values or no variation) */
                    alpha: number | null;
                    text: string;
                    themeTitle: string;
                }[];
                /** @description Case × item cell medians: rows follow the form, columns follow caseCodes */
                medianTable: {
                    caseCodes: string[];
                    rows: {
                        itemNumber: number;
                        medians: (number | null)[];
                    }[];
                };
                overall: {
                    n: number;
                    na: number;
                    alpha: number | null;
                };
            };
            focusPoints: {
                id: string;
                position: number;
                title: string;
                discussion: string;
                itemNumbers: number[];
                recommendations: {
                    id: string;
                    number: number;
                    text: string;
                }[];
            }[];
            /** @description The development question’s answers grouped by area, without names */
            developmentAnswers: {
                area: string;
                suggestions: string[];
            }[];
            /** @description Present only for a genaudit: its comparison with the baseline round, the chapter after [3] Resultater */
            comparison?: components["schemas"]["ReportComparison"];
        };
        /** @description A genaudit’s comparison with its baseline, as the afrapportering’s chapter after [3] Resultater shows it */
        ReportComparison: {
            baselineTitle: string;
            /** @description Year (Europe/Copenhagen) the baseline’s afrapportering was published */
            baselineYear: string;
            items: {
                /** @description The item’s number in the genaudit’s form */
                number: number;
                text: string;
                baseline: components["schemas"]["ComparisonSide"];
                followUp: components["schemas"]["ComparisonSide"];
                /** @description followUp.mean − baseline.mean */
                difference: number | null;
                /** @description (#pairs f > b − #pairs f < b) / (n_f · n_b) over all (follow-up case, baseline case) pairs of case scores; −1 … 1 */
                cliffsDelta: number | null;
                /** @description Two-sided exact permutation test of the difference in means: pool the case scores of both rounds, take every split into groups of the two sizes, count the splits whose |difference| ≥ the observed |difference| − 1e-9, and divide by the number of splits. The splits are counted, not enumerated: case scores are multiples of 0.5, and with the group sizes fixed the difference is a linear function of the follow-up group’s sum, so a dynamic programme counts the splits per sum. Up to 1,000,000 splits (and up to 2^53) the counts are exact integers and p is exact. Beyond that (e.g. 60 + 60 cases, about 9.7 · 10^34 splits) the same counts are kept in IEEE double precision: each carries a relative rounding error below about 1e-13, so p equals the exact value to about twelve significant digits. No sampling is involved: the same data always give the same p. */
                pValue: number | null;
                verdict: components["schemas"]["Verdict"];
            }[];
            /** @description Items added in the genaudit: no baseline to compare with */
            newItemNumbers: number[];
        };
        ResultCell: {
            caseId: string;
            /** @description Values given (na is no value) */
            n: number;
            na: number;
            counts: components["schemas"]["Counts"];
            /** @description Median of the values (high 3 … none 0; the mean of the two middle ones when n is even); null when n = 0 */
            median: number | null;
            /** @description Arithmetic mean of the values; null when n = 0 */
            mean: number | null;
            /** @description (high + some) / n; null when n = 0 */
            positiveShare: number | null;
            /** @description n ≥ 3, positive (high, some) ≥ n/3 and negative (low, none) ≥ n/3 */
            disagreement: boolean;
            itemId: string;
        };
        ResultItem: {
            itemId: string;
            number: number;
            n: number;
            na: number;
            counts: components["schemas"]["Counts"];
            median: number | null;
            mean: number | null;
            positiveShare: number | null;
            /** @description Cases with n ≥ 1 for the item */
            casesRated: number;
            /** @description Cases whose cell median ≥ 2 ("i høj grad eller i nogen grad") */
            casesPositive: number;
            /** @description Cells of the item flagged with disagreement */
            disagreementCases: number;
            /** @description Krippendorff’s alpha (ordinal metric), one unit per case with the panelists’ values of the item, na and absent ratings missing; null when undefined (no pairable values or no variation) */
            alpha: number | null;
        };
        ResultTheme: {
            key: string;
            n: number;
            na: number;
            counts: components["schemas"]["Counts"];
            mean: number | null;
            positiveShare: number | null;
        };
        /**
         * @description The aggregation of the ratings, full precision (rounding is for display). Values: high 3, some 2, low 1, none 0; na is no value (counted in na, not in n). Positive = high or some, negative = low or none. Krippendorff’s alpha is checked against the published example of Krippendorff (2011): nominal 0.743, ordinal 0.815, interval 0.849.
         * @example {
         *       "completeness": {
         *         "expected": 2,
         *         "received": 2
         *       },
         *       "cells": [
         *         {
         *           "caseId": "c1",
         *           "itemId": "i1",
         *           "n": 2,
         *           "na": 0,
         *           "counts": {
         *             "high": 1,
         *             "some": 1,
         *             "low": 0,
         *             "none": 0,
         *             "na": 0
         *           },
         *           "median": 2.5,
         *           "mean": 2.5,
         *           "positiveShare": 1,
         *           "disagreement": false
         *         }
         *       ],
         *       "items": [
         *         {
         *           "itemId": "i1",
         *           "number": 1,
         *           "n": 2,
         *           "na": 0,
         *           "counts": {
         *             "high": 1,
         *             "some": 1,
         *             "low": 0,
         *             "none": 0,
         *             "na": 0
         *           },
         *           "median": 2.5,
         *           "mean": 2.5,
         *           "positiveShare": 1,
         *           "casesRated": 1,
         *           "casesPositive": 1,
         *           "disagreementCases": 0,
         *           "alpha": null
         *         }
         *       ],
         *       "themes": [
         *         {
         *           "key": "formaal-og-maal",
         *           "n": 2,
         *           "na": 0,
         *           "counts": {
         *             "high": 1,
         *             "some": 1,
         *             "low": 0,
         *             "none": 0,
         *             "na": 0
         *           },
         *           "mean": 2.5,
         *           "positiveShare": 1
         *         }
         *       ],
         *       "overall": {
         *         "n": 2,
         *         "na": 0,
         *         "alpha": null
         *       }
         *     }
         */
        Results: {
            completeness: {
                expected: number;
                received: number;
            };
            /** @description Case × item, cases in case order, items in form order */
            cells: components["schemas"]["ResultCell"][];
            /** @description In form order */
            items: components["schemas"]["ResultItem"][];
            /** @description In form order */
            themes: components["schemas"]["ResultTheme"][];
            overall: {
                n: number;
                na: number;
                /** @description Krippendorff’s alpha (ordinal), one unit per (case, item) */
                alpha: number | null;
            };
        };
        /** @enum {string} */
        Role: "leader" | "referent" | "panelist";
        /**
         * @description An auditforløb and the phase it is in
         * @example {
         *       "id": "0b6f7c1e-3f4a-4a43-9d5e-2a1f0c9e8b71",
         *       "title": "Bedre handleplaner",
         *       "organisation": "Fjordby Kommune",
         *       "purpose": "At kvalificere handleplanerne som styringsredskab.",
         *       "scope": "Indholdet af handleplaner efter § 141.",
         *       "background": null,
         *       "foreword": null,
         *       "phase": "scoping",
         *       "phaseLabel": "Formøde med ledelsen: afgrænsning af problemstilling og formål",
         *       "baselineRoundId": null,
         *       "createdAt": "2026-11-24T09:15:00.000Z",
         *       "updatedAt": "2026-11-24T09:15:00.000Z"
         *     }
         */
        Round: {
            id: string;
            title: string;
            organisation: string;
            purpose: string;
            scope: string | null;
            background: string | null;
            foreword: string | null;
            phase: components["schemas"]["Phase"];
            /** @description The phase in Danish */
            phaseLabel: string;
            /** @description For a genaudit: the reported round it is compared with (GET …/comparison); null otherwise */
            baselineRoundId: string | null;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @description The texts of a new round, and for a genaudit its baseline round; each text is trimmed, and an empty optional text is stored as given
         * @example {
         *       "title": "Bedre handleplaner",
         *       "organisation": "Fjordby Kommune",
         *       "purpose": "At kvalificere handleplanerne som styringsredskab.",
         *       "scope": "Indholdet af handleplaner efter § 141."
         *     }
         */
        RoundCreate: {
            title: string;
            organisation: string;
            purpose: string;
            /** @description Afgrænsning */
            scope?: string | null;
            /** @description Baggrund */
            background?: string | null;
            /** @description Forord */
            foreword?: string | null;
            /** @description Start a genaudit of this round: it must be reported (else 409); an id that names no round is 422 (the admin sees every round, so there is no invisible one). The new round starts with a copy of its form (themes, items with their numbers and texts, development question); every copied item carries baselineItemId. At most 100 characters. */
            baselineRoundId?: string | null;
        };
        /** @description Oldest first: the step as created, then every change of state or statusText */
        StepHistory: {
            items: {
                at: string;
                by: {
                    /** @description Member id, or the admin credential id */
                    id: string;
                    /** @description leader or admin (the roles that write the plan) */
                    role: string;
                    /** @description The member’s name; "Administrator" for the admin */
                    name: string;
                };
                state: components["schemas"]["StepState"];
                statusText: string;
            }[];
        };
        /**
         * @description activity (Aktivitet), subgoal (Delmål), goal (Implementeringsmål)
         * @enum {string}
         */
        StepKind: "activity" | "subgoal" | "goal";
        /**
         * @description planned, in_progress, done or postponed
         * @enum {string}
         */
        StepState: "planned" | "in_progress" | "done" | "postponed";
        /**
         * @description The phase to move to
         * @example {
         *       "to": "panel"
         *     }
         */
        Transition: {
            to: components["schemas"]["Phase"];
            /** @description Move to discussion although ratings are missing */
            force?: boolean;
        };
        /**
         * @description improved: difference > 0 and pValue < 0.05; worsened: difference < 0 and pValue < 0.05; no_clear_change: otherwise; not_comparable: a side has no case with a value for the item (figures null)
         * @enum {string}
         */
        Verdict: "improved" | "worsened" | "no_clear_change" | "not_comparable";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Running, database reachable, disk not full */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "ok";
                    };
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visible rounds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Round"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundCreate"];
            };
        };
        responses: {
            /** @description The new round, in scoping */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        /** @description Any of the round texts; null clears an optional one */
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    organisation?: string;
                    purpose?: string;
                    /** @description Afgrænsning */
                    scope?: string | null;
                    /** @description Baggrund */
                    background?: string | null;
                    /** @description Forord */
                    foreword?: string | null;
                };
            };
        };
        responses: {
            /** @description The changed round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Transition"];
            };
        };
        responses: {
            /** @description The round in its new phase */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Round"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members in panel order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Member"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCreate"];
            };
        };
        responses: {
            /** @description The new member and their token, shown only this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCreated"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reissueMemberToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member and their new token, shown only this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberCreated"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cases in case order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Case"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCreate"];
            };
        };
        responses: {
            /** @description The stored case with its documents */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewCaseAnonymisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseCreate"];
            };
        };
        responses: {
            /** @description The case with every finding replaced, and the findings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymisedCase"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vurderingsskema */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Form"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FormReplace"];
            };
        };
        responses: {
            /** @description The form as stored, with its numbers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Form"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                caseId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingPut"];
            };
        };
        responses: {
            /** @description The saved rating */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRatings: {
        parameters: {
            query?: {
                /** @description Only ratings of this case */
                caseId?: string;
                /** @description Only ratings of this item */
                itemId?: string;
                /** @description Only ratings by this member */
                memberId?: string;
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visible ratings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Rating"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ratings expected and received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Progress"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRatingsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ratings as CSV (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOwnDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s own drafts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RatingDraft"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                caseId: string;
                itemId: string;
            };
            cookie?: never;
        };
        /** @description A half-answered item */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The answer chosen so far, if any */
                    value?: components["schemas"]["RatingValue"] | null;
                    /** @description The justification typed so far, if any (at most 2000 characters, as a rating's; kept as typed) */
                    justification?: string | null;
                };
            };
        };
        responses: {
            /** @description The stored draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingDraft"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                caseId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDevelopmentAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The visible answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DevelopmentAnswer"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDevelopmentAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevelopmentAnswerPut"];
            };
        };
        responses: {
            /** @description The saved answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevelopmentAnswer"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results, full precision */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Results"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting material */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Discussion"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComparison: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The genaudit compared item by item, and per initiative of the baseline’s udviklingsplan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comparison"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFocusPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The focus points in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FocusPoint"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFocusPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FocusPointCreate"];
            };
        };
        responses: {
            /** @description The new focus point; ETag header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusPoint"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suggestFocusPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The candidates, in form order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FocusPointSuggestion"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFocusPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The focus point; ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusPoint"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteFocusPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFocusPoint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                id: string;
            };
            cookie?: never;
        };
        /** @description Any of the focus point fields; itemIds replaces the links */
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. "Formulering af indsatsmål" */
                    title?: string;
                    /** @description Drøftelse */
                    discussion?: string;
                    /** @description Ids of the form items it concerns; unknown ids → 422 */
                    itemIds?: string[];
                    /** @description 1-based; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description The changed focus point; the new ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocusPoint"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                /** @description The focus point the recommendation is added to */
                focusPointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendationCreate"];
            };
        };
        responses: {
            /** @description The new recommendation with its number; ETag header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                /** @description The recommendation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recommendation; ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteRecommendation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                /** @description The recommendation */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRecommendation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                /** @description The recommendation */
                id: string;
            };
            cookie?: never;
        };
        /** @description Any of text, focusPointId, position; a move without position puts it last */
        requestBody: {
            content: {
                "application/json": {
                    /** @description "Det anbefales, at …" */
                    text?: string;
                    /** @description Move it to another focus point of the round (unknown → 422) */
                    focusPointId?: string;
                    /** @description 1-based within the focus point; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description The changed recommendation; the new ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recommendation"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReportPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The id of an entry: only entries older than it (the next page) */
                before?: string;
            };
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audit entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEntry"][];
                    };
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan with its coverage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createInitiative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        /** @description A new indsatsområde; without position it goes last. A plan holds at most 100 (422 `limit-exceeded` above). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. "Indhold, form og ejerskab" */
                    title: string;
                    /** @description Status: the current situation the initiative starts from */
                    status?: string;
                    /** @description Note */
                    note?: string;
                    phase?: components["schemas"]["ImplementationPhase"];
                    /** @description Chosen recommendations: ids of this round’s recommendations (another round’s or unknown → 422); replaces the list */
                    recommendationIds?: string[];
                    /** @description Guidance bullets (at most 30 of 2,000 characters), e.g. which national guidelines to read */
                    guidance?: string[];
                    /** @description 1-based within the plan; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description The new indsatsområde; ETag header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Initiative"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInitiative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The indsatsområde; ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Initiative"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteInitiative: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateInitiative: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                initiativeId: string;
            };
            cookie?: never;
        };
        /** @description Any initiative field; recommendationIds and guidance replace the lists */
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. "Indhold, form og ejerskab" */
                    title?: string;
                    /** @description Status: the current situation the initiative starts from */
                    status?: string;
                    /** @description Note */
                    note?: string;
                    phase?: components["schemas"]["ImplementationPhase"];
                    /** @description Chosen recommendations: ids of this round’s recommendations (another round’s or unknown → 422); replaces the list */
                    recommendationIds?: string[];
                    /** @description Guidance bullets (at most 30 of 2,000 characters), e.g. which national guidelines to read */
                    guidance?: string[];
                    /** @description 1-based within the plan; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description The changed indsatsområde; new ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Initiative"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                initiativeId: string;
            };
            cookie?: never;
        };
        /** @description A new step; without position it goes last in its initiative. An initiative holds at most 200 (422 `limit-exceeded` above). */
        requestBody: {
            content: {
                "application/json": {
                    kind: components["schemas"]["StepKind"];
                    /** @description What is done or reached, e.g. "Drøftelse af kategorierne i behandlingsplan" */
                    text: string;
                    /** @description Optional first day; must not be after due (422) */
                    start?: string | null;
                    /**
                     * Format: date
                     * @description The date, or the last day of a period
                     */
                    due: string;
                    /** @description Ansvarlig/udfører/deltagere */
                    responsible: string;
                    /** @description Status as followed up, e.g. "Afholdt" */
                    statusText?: string;
                    state?: components["schemas"]["StepState"];
                    /** @description 1-based within its initiative; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description The new step; ETag header */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanStep"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The step; ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanStep"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteStep: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStep: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag from GET; required (428 without it, 412 when stale) */
                "if-match"?: string;
            };
            path: {
                roundId: string;
                stepId: string;
            };
            cookie?: never;
        };
        /** @description Any step field; start and due are checked together with the stored values (start after due → 422) */
        requestBody: {
            content: {
                "application/json": {
                    kind?: components["schemas"]["StepKind"];
                    /** @description What is done or reached, e.g. "Drøftelse af kategorierne i behandlingsplan" */
                    text?: string;
                    /** @description Optional first day; must not be after due (422) */
                    start?: string | null;
                    /**
                     * Format: date
                     * @description The date, or the last day of a period
                     */
                    due?: string;
                    /** @description Ansvarlig/udfører/deltagere */
                    responsible?: string;
                    /** @description Status as followed up, e.g. "Afholdt" */
                    statusText?: string;
                    state?: components["schemas"]["StepState"];
                    /** @description 1-based within its initiative; others shift; past the end → last */
                    position?: number;
                    /** @description Move it to another initiative of the plan (unknown → 422); without position it goes last */
                    initiativeId?: string;
                };
            };
        };
        responses: {
            /** @description The changed step; new ETag header */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanStep"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the configured limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match header required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStepHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The step’s history, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepHistory"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlanCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The steps as CSV (attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or not visible to this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the round phase or current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token’s owner */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Malformed request or schema violation; `errors` lists field paths */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or unknown bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal error (generic detail; see the server log under the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy (Retry-After), cannot be reached, or a report could not be rendered */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The disk is full; nothing was changed */
            507: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
