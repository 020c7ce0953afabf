// Generated from openapi/openapi.json by `npm run openapi:generate` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability (no auth) */
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
        /** Rounds the token can see */
        get: operations["listRounds"];
        put?: never;
        /** Create an audit round (admin); it starts in scoping with the default vurderingsskema */
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
        /** One round */
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the round texts (leader); refused once reported */
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
        /** The panel (no tokens) */
        get: operations["listMembers"];
        put?: never;
        /** Add a panel member (leader); answers the member token once */
        post: operations["addMember"];
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
        /** Remove a member (leader); refused once rating began */
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
        /** Cases with their documents */
        get: operations["listCases"];
        put?: never;
        /**
         * Add an anonymised case (leader); 422 with findings when identifiers are found
         * @description The documents and the case's own texts (code, area, summary, selection) are normalised (NFKC, invisible characters removed, any whitespace, dash or line break a separator) and scanned. Certain kinds always refuse: CPR numbers (DDMMYY-NNNN with a real date, any separator), phone numbers (8 digits after a phone word or +45/0045, or following the Danish numbering plan), e-mail addresses, postal addresses (street and number, floor and side, postcode and town, c/o, postboks), dates of birth (after født or f.) and each known identifier. Probable person names (Danish first names and surnames, initials, capitalised words after role words such as moderen or sagsbehandler) refuse unless allowTerms holds the term. Words such as CVR, J.nr., EAN, ISBN, §, kr. and i alt lower a number's confidence. Each finding gives the document index (null for the case's own texts), the field, kind, certainty, confidence, UTF-16 offsets and a short excerpt with identifiers replaced by placeholders; the identifier itself is never repeated. At most 50 findings are listed, with findingsTotal and truncated. The scan runs only after the access, role and phase checks. Nothing of a refused case (nor of a refused file) is stored.
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
        /** One case with its documents */
        get: operations["getCase"];
        put?: never;
        post?: never;
        /** Remove a case (leader); only before rating */
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
        /** The round’s vurderingsskema: scale, themes with numbered items, development question */
        get: operations["getForm"];
        /** Edit the vurderingsskema (leader): text, add, remove, reorder; frozen from rating on */
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
        /** Save the caller’s own rating of a case on an item (panelist); only in rating; a second PUT replaces the first */
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
        /** Ratings visible to the token: a panelist sees only their own until discussion */
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
        /** How many of the expected ratings each panelist has given */
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
    "/api/v1/rounds/{roundId}/development": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development answers visible to the token: a panelist sees only their own until discussion */
        get: operations["listDevelopmentAnswers"];
        /** Save the caller’s own answer to the development question, item 10 (panelist); only in rating */
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
        /** The aggregated results (leader, referent; panelists from discussion) */
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
        /** The auditmøde’s material in meeting order (leader, referent; panelists from discussion) */
        get: operations["getDiscussion"];
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
        /** Focus points in order; every recommendation carries its number */
        get: operations["listFocusPoints"];
        put?: never;
        /** Add a focus point (leader, referent); only in discussion and follow_up */
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
        /** Delete a focus point and its recommendations (leader, referent); If-Match required */
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
        /** Add a recommendation to a focus point (leader, referent); only in discussion and follow_up */
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
        /** Delete a recommendation (leader, referent); If-Match required; the others renumber */
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
        /** The report model as JSON (leader, referent); a draft before the round is reported */
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
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token belongs to: the admin, or a member with round and role */
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
        FindingInput: {
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
        /** @description RFC 9457 problem details */
        ProblemInput: {
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
            findings?: components["schemas"]["FindingInput"][];
            /** @description How many findings there are in all */
            findingsTotal?: number;
            /** @description true when there are more findings than the 50 listed */
            truncated?: boolean;
        };
        /** @enum {string} */
        PhaseInput: "scoping" | "panel" | "calibration" | "rating" | "discussion" | "follow_up" | "reported";
        /** @enum {string} */
        RoleInput: "leader" | "referent" | "panelist";
        /** @enum {string} */
        RatingValueInput: "high" | "some" | "low" | "none" | "na";
        /** @description Ratings per value of the svarskala */
        CountsInput: {
            high: number;
            some: number;
            low: number;
            none: number;
            na: number;
        };
        RoundInput: {
            id: string;
            title: string;
            organisation: string;
            purpose: string;
            scope: string | null;
            background: string | null;
            foreword: string | null;
            phase: components["schemas"]["PhaseInput"];
            /** @description The phase in Danish */
            phaseLabel: string;
            createdAt: string;
            updatedAt: string;
        };
        MemberInput: {
            id: string;
            name: string;
            affiliation: string;
            role: components["schemas"]["RoleInput"];
            roleLabel: string;
            createdAt: string;
        };
        AuditEntryInput: {
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
        AnonymisedCaseInput: {
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
            /** @description The first 50 findings */
            findings: components["schemas"]["FindingInput"][];
            findingsTotal: number;
            truncated: boolean;
        };
        CaseInput: {
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
        DevelopmentAnswerInput: {
            memberId: string;
            areas: {
                area: string;
                suggestion: string;
            }[];
            updatedAt: string;
        };
        /** @description Anbefaling */
        RecommendationInput: {
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
        /** @description Fokuspunkt with its numbered anbefalinger */
        FocusPointInput: {
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
            recommendations: components["schemas"]["RecommendationInput"][];
            /** @description The same value as the ETag header of GET; send it as If-Match to change it */
            etag: string;
            createdAt: string;
            updatedAt: string;
        };
        /** @description A candidate focus point computed from the results */
        FocusPointSuggestionInput: {
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
        /** @description The vurderingsskema */
        FormInput: {
            /** @description The svarskala; fixed */
            scale: {
                key: components["schemas"]["RatingValueInput"];
                label: string;
                value: number | null;
            }[];
            themes: {
                key: string;
                title: string;
                items: {
                    id: string;
                    number: number;
                    text: string;
                }[];
            }[];
            /** @description Item 10, answered once for all cases */
            developmentQuestion: string;
        };
        MemberCreatedInput: {
            member: components["schemas"]["MemberInput"];
            /** @description The member's bearer token, valid for this round only; shown once */
            token: string;
        };
        /** @description Who the bearer token belongs to */
        MeInput: {
            /** @constant */
            kind: "admin";
        } | {
            /** @constant */
            kind: "member";
            memberId: string;
            roundId: string;
            role: components["schemas"]["RoleInput"];
            name: string;
        };
        RatingInput: {
            id: string;
            caseId: string;
            itemId: string;
            memberId: string;
            value: components["schemas"]["RatingValueInput"];
            /** @description The value in Danish, as the svarskala words it */
            valueLabel: string;
            justification: string;
            createdAt: string;
            updatedAt: string;
        };
        /** @description Ratings received per panelist; counts only, never values */
        ProgressInput: {
            /** @description cases × items × panelists */
            expected: number;
            received: number;
            members: {
                memberId: string;
                name: string;
                /** @description cases × items */
                expected: number;
                received: number;
                /** @description Whether the panelist has answered item 10 */
                developmentAnswered: boolean;
            }[];
        };
        /** @description The afrapportering as data: what the PDF shows */
        ReportInput: {
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
                phase: components["schemas"]["PhaseInput"];
            };
            phases: {
                phase: components["schemas"]["PhaseInput"];
                label: string;
                /** @description From the audit log */
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
                role: components["schemas"]["RoleInput"];
                roleLabel: string;
            }[];
            form: {
                scale: {
                    key: components["schemas"]["RatingValueInput"];
                    label: string;
                    value: number | null;
                }[];
                themes: {
                    key: string;
                    title: string;
                    items: {
                        id: string;
                        number: number;
                        text: string;
                    }[];
                }[];
                developmentQuestion: string;
            };
            results: {
                completeness: {
                    expected: number;
                    received: number;
                };
                items: {
                    itemId: string;
                    number: number;
                    text: string;
                    themeTitle: string;
                    n: number;
                    na: number;
                    counts: components["schemas"]["CountsInput"];
                    median: number | null;
                    mean: number | null;
                    positiveShare: number | null;
                    casesRated: number;
                    casesPositive: number;
                    disagreementCases: number;
                    alpha: number | null;
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
            /** @description Item 10 grouped by area, without names */
            developmentAnswers: {
                area: string;
                suggestions: string[];
            }[];
        };
        ResultCellInput: {
            caseId: string;
            /** @description Values given (na is no value) */
            n: number;
            na: number;
            counts: components["schemas"]["CountsInput"];
            /** @description Median of the values (high 3 … none 0); null when n = 0 */
            median: number | null;
            mean: number | null;
            /** @description (high + some) / n */
            positiveShare: number | null;
            /** @description n ≥ 3, positive ≥ n/3 and negative ≥ n/3 */
            disagreement: boolean;
            itemId: string;
        };
        ResultItemInput: {
            itemId: string;
            number: number;
            n: number;
            na: number;
            counts: components["schemas"]["CountsInput"];
            median: number | null;
            mean: number | null;
            positiveShare: number | null;
            /** @description Cases with n ≥ 1 */
            casesRated: number;
            /** @description Cases whose cell median ≥ 2 */
            casesPositive: number;
            disagreementCases: number;
            /** @description Krippendorff’s alpha (ordinal), one unit per case; null when undefined */
            alpha: number | null;
        };
        ResultThemeInput: {
            key: string;
            n: number;
            na: number;
            counts: components["schemas"]["CountsInput"];
            mean: number | null;
            positiveShare: number | null;
        };
        /** @description The aggregation of API.md "Results — the definitions"; full precision */
        ResultsInput: {
            completeness: {
                expected: number;
                received: number;
            };
            cells: components["schemas"]["ResultCellInput"][];
            items: components["schemas"]["ResultItemInput"][];
            themes: components["schemas"]["ResultThemeInput"][];
            overall: {
                n: number;
                na: number;
                /** @description Krippendorff’s alpha (ordinal), one unit per (case, item) */
                alpha: number | null;
            };
        };
        /** @description Items in meeting order (most cells with disagreement first, then lowest positive share, no values last); within an item the cells likewise (disagreement first, then lowest positive share). Development answers grouped by area (trimmed, case-insensitive); no names anywhere. */
        DiscussionInput: {
            completeness: {
                expected: number;
                received: number;
            };
            items: {
                itemId: string;
                number: number;
                n: number;
                na: number;
                counts: components["schemas"]["CountsInput"];
                median: number | null;
                mean: number | null;
                positiveShare: number | null;
                /** @description Cases with n ≥ 1 */
                casesRated: number;
                /** @description Cases whose cell median ≥ 2 */
                casesPositive: number;
                disagreementCases: number;
                /** @description Krippendorff’s alpha (ordinal), one unit per case; null when undefined */
                alpha: number | null;
                text: string;
                themeKey: string;
                themeTitle: string;
                cells: {
                    caseId: string;
                    /** @description Values given (na is no value) */
                    n: number;
                    na: number;
                    counts: components["schemas"]["CountsInput"];
                    /** @description Median of the values (high 3 … none 0); null when n = 0 */
                    median: number | null;
                    mean: number | null;
                    /** @description (high + some) / n */
                    positiveShare: number | null;
                    /** @description n ≥ 3, positive ≥ n/3 and negative ≥ n/3 */
                    disagreement: boolean;
                    caseCode: string;
                    justifications: {
                        /** @description Anonymous, stable per panelist, e.g. "Paneldeltager 3"; never a name */
                        rater: string;
                        value: components["schemas"]["RatingValueInput"];
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
        /** @enum {string} */
        Phase: "scoping" | "panel" | "calibration" | "rating" | "discussion" | "follow_up" | "reported";
        /** @enum {string} */
        Role: "leader" | "referent" | "panelist";
        /** @enum {string} */
        RatingValue: "high" | "some" | "low" | "none" | "na";
        /** @description Ratings per value of the svarskala */
        Counts: {
            high: number;
            some: number;
            low: number;
            none: number;
            na: number;
        };
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
            createdAt: string;
            updatedAt: string;
        };
        Member: {
            id: string;
            name: string;
            affiliation: string;
            role: components["schemas"]["Role"];
            roleLabel: string;
            createdAt: string;
        };
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
            /** @description The first 50 findings */
            findings: components["schemas"]["Finding"][];
            findingsTotal: number;
            truncated: boolean;
        };
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
        DevelopmentAnswer: {
            memberId: string;
            areas: {
                area: string;
                suggestion: string;
            }[];
            updatedAt: string;
        };
        /** @description Anbefaling */
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
        /** @description Fokuspunkt with its numbered anbefalinger */
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
        /** @description The vurderingsskema */
        Form: {
            /** @description The svarskala; fixed */
            scale: {
                key: components["schemas"]["RatingValue"];
                label: string;
                value: number | null;
            }[];
            themes: {
                key: string;
                title: string;
                items: {
                    id: string;
                    number: number;
                    text: string;
                }[];
            }[];
            /** @description Item 10, answered once for all cases */
            developmentQuestion: string;
        };
        MemberCreated: {
            member: components["schemas"]["Member"];
            /** @description The member's bearer token, valid for this round only; shown once */
            token: string;
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
        Rating: {
            id: string;
            caseId: string;
            itemId: string;
            memberId: string;
            value: components["schemas"]["RatingValue"];
            /** @description The value in Danish, as the svarskala words it */
            valueLabel: string;
            justification: string;
            createdAt: string;
            updatedAt: string;
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
                /** @description Whether the panelist has answered item 10 */
                developmentAnswered: boolean;
            }[];
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
            phases: {
                phase: components["schemas"]["Phase"];
                label: string;
                /** @description From the audit log */
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
            form: {
                scale: {
                    key: components["schemas"]["RatingValue"];
                    label: string;
                    value: number | null;
                }[];
                themes: {
                    key: string;
                    title: string;
                    items: {
                        id: string;
                        number: number;
                        text: string;
                    }[];
                }[];
                developmentQuestion: string;
            };
            results: {
                completeness: {
                    expected: number;
                    received: number;
                };
                items: {
                    itemId: string;
                    number: number;
                    text: string;
                    themeTitle: string;
                    n: number;
                    na: number;
                    counts: components["schemas"]["Counts"];
                    median: number | null;
                    mean: number | null;
                    positiveShare: number | null;
                    casesRated: number;
                    casesPositive: number;
                    disagreementCases: number;
                    alpha: number | null;
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
            /** @description Item 10 grouped by area, without names */
            developmentAnswers: {
                area: string;
                suggestions: string[];
            }[];
        };
        ResultCell: {
            caseId: string;
            /** @description Values given (na is no value) */
            n: number;
            na: number;
            counts: components["schemas"]["Counts"];
            /** @description Median of the values (high 3 … none 0); null when n = 0 */
            median: number | null;
            mean: number | null;
            /** @description (high + some) / n */
            positiveShare: number | null;
            /** @description n ≥ 3, positive ≥ n/3 and negative ≥ n/3 */
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
            /** @description Cases with n ≥ 1 */
            casesRated: number;
            /** @description Cases whose cell median ≥ 2 */
            casesPositive: number;
            disagreementCases: number;
            /** @description Krippendorff’s alpha (ordinal), one unit per case; null when undefined */
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
        /** @description The aggregation of API.md "Results — the definitions"; full precision */
        Results: {
            completeness: {
                expected: number;
                received: number;
            };
            cells: components["schemas"]["ResultCell"][];
            items: components["schemas"]["ResultItem"][];
            themes: components["schemas"]["ResultTheme"][];
            overall: {
                n: number;
                na: number;
                /** @description Krippendorff’s alpha (ordinal), one unit per (case, item) */
                alpha: number | null;
            };
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
                /** @description Cases with n ≥ 1 */
                casesRated: number;
                /** @description Cases whose cell median ≥ 2 */
                casesPositive: number;
                disagreementCases: number;
                /** @description Krippendorff’s alpha (ordinal), one unit per case; null when undefined */
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
                    /** @description Median of the values (high 3 … none 0); null when n = 0 */
                    median: number | null;
                    mean: number | null;
                    /** @description (high + some) / n */
                    positiveShare: number | null;
                    /** @description n ≥ 3, positive ≥ n/3 and negative ≥ n/3 */
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
            /** @description Default Response */
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
            /** @description The database cannot be reached */
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
            /** @description Default Response */
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
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Round texts */
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    organisation: string;
                    purpose: string;
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
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description Any of the round texts */
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
            /** @description Default Response */
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
        /** @description The phase to move to */
        requestBody: {
            content: {
                "application/json": {
                    to: components["schemas"]["PhaseInput"];
                    /** @description Move to discussion although ratings are missing */
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description A new panel member */
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    affiliation: string;
                    role: components["schemas"]["RoleInput"];
                };
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description A new anonymised case */
        requestBody: {
            content: {
                "application/json": {
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
            };
        };
        responses: {
            /** @description Default Response */
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
        /** @description A new anonymised case */
        requestBody: {
            content: {
                "application/json": {
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
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description The vurderingsskema to use; items without id are new */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Accepted for symmetry with GET; the svarskala is fixed */
                    scale?: {
                        key: components["schemas"]["RatingValueInput"];
                        label: string;
                        value: number | null;
                    }[];
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
                };
            };
        };
        responses: {
            /** @description Default Response */
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
        /** @description One rating of one case on one item */
        requestBody: {
            content: {
                "application/json": {
                    value: components["schemas"]["RatingValueInput"];
                    /** @description Begrundelse: "Begrund din vurdering" (trimmed, 1–4000 characters) */
                    justification: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description Item 10: up to three areas with the largest potential, each with a suggestion */
        requestBody: {
            content: {
                "application/json": {
                    areas: {
                        /** @description Område med udviklingspotentiale */
                        area: string;
                        /** @description Forslag til forbedring */
                        suggestion: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description A new focus point; without position it goes last */
        requestBody: {
            content: {
                "application/json": {
                    /** @description e.g. "Formulering af indsatsmål" */
                    title: string;
                    /** @description Drøftelse */
                    discussion: string;
                    /** @description Ids of the form items it concerns; unknown ids → 422 */
                    itemIds?: string[];
                    /** @description 1-based; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
        /** @description A new recommendation; without position it goes last in its focus point */
        requestBody: {
            content: {
                "application/json": {
                    /** @description "Det anbefales, at …" */
                    text: string;
                    /** @description 1-based within the focus point; others shift; past the end → last */
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
            /** @description Default Response */
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
        };
    };
}
