/* Generated from openapi/openapi.json by `npm run openapi`. Do not edit. */
export interface paths {
    "/api/auth/callback/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return from the identity provider; starts the session and redirects into the app */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "citizen" | "staff";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start login; redirects to the identity provider */
        get: {
            parameters: {
                query?: {
                    returnTo?: string;
                };
                header?: never;
                path: {
                    kind: "citizen" | "staff";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session; answers where to send the browser (the provider's logout) */
        post: {
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
                            redirectTo: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settings the web app needs: the map tile source and its attribution */
        get: {
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
                        "application/json": components["schemas"]["ClientConfig"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness probe */
        get: {
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
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Municipalities served by this installation */
        get: {
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
                            items: components["schemas"]["Municipality"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One municipality */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Municipality"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published activities: free text (Norwegian), filters, distance, sorting, paging */
        get: {
            parameters: {
                query?: {
                    adapted?: boolean;
                    age?: number;
                    category?: ("art_culture" | "sport" | "nature_outdoor" | "faith_life_stance" | "interest_organisation" | "humanitarian" | "immigrant_organisation" | "recreation_social" | "volunteer_meeting_place" | "private_municipal")[];
                    free?: boolean;
                    freeTrial?: boolean;
                    language?: string[];
                    maxKm?: number;
                    /** @description øre */
                    maxPrice?: number;
                    /** @description øre */
                    minPrice?: number;
                    /** @description Place to measure distance from: "lat,lon" */
                    near?: string;
                    neighbourhood?: string;
                    page?: number;
                    pageSize?: number;
                    provider?: string;
                    /** @description Free text; up to 8 words count */
                    q?: string;
                    sort?: "relevance" | "distance" | "start" | "price" | "title";
                    weekday?: number[];
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["ActivitySearchResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published activity's page, with its provider and the help that applies to it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["ActivityDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/activities/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same search as points for the map view (up to 2 000) */
        get: {
            parameters: {
                query?: {
                    adapted?: boolean;
                    age?: number;
                    category?: ("art_culture" | "sport" | "nature_outdoor" | "faith_life_stance" | "interest_organisation" | "humanitarian" | "immigrant_organisation" | "recreation_social" | "volunteer_meeting_place" | "private_municipal")[];
                    free?: boolean;
                    freeTrial?: boolean;
                    language?: string[];
                    maxKm?: number;
                    /** @description øre */
                    maxPrice?: number;
                    /** @description øre */
                    minPrice?: number;
                    /** @description Place to measure distance from: "lat,lon" */
                    near?: string;
                    neighbourhood?: string;
                    page?: number;
                    pageSize?: number;
                    provider?: string;
                    /** @description Free text; up to 8 words count */
                    q?: string;
                    sort?: "relevance" | "distance" | "start" | "price" | "title";
                    weekday?: number[];
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            points: {
                                category: string;
                                id: string;
                                latitude: number;
                                longitude: number;
                                title: string;
                            }[];
                            shown: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Addresses in the municipality matching typed text (the national address register), for 'near'
         * @description Up to 8 suggestions with coordinates. 503 SERVICE_UNAVAILABLE when the address register does not answer or none is configured. The text is neither stored nor logged.
         */
        get: {
            parameters: {
                query: {
                    /** @description What the person has typed so far: street and number, postal code or place */
                    q: string;
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["AddressSuggestions"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit log of the municipality (newest first) */
        get: {
            parameters: {
                query: {
                    action?: "family.read" | "family.export" | "person.lookup" | "person.residence.confirm" | "audit.search" | "role.grant" | "role.revoke" | "access.denied" | "population.import" | "retention.preview" | "retention.anonymise" | "provider.register" | "provider.update" | "provider.bank_account.change" | "provider.decision" | "provider.invitation.create" | "provider.invitation.list" | "provider.invitation.revoke" | "provider.invitation.accept" | "support_offer.create" | "support_offer.update" | "support_offer.delete" | "news.send" | "scheme.create" | "scheme.update" | "grants.run" | "scheme.placement.create" | "scheme.placement.end" | "scheme.placement.list" | "expiry.run" | "correction.prepare" | "correction.approve" | "correction.list" | "card.read" | "enrolment.create" | "enrolment.confirm" | "enrolment.abandon" | "enrolment.cancel" | "enrolment.read" | "participants.read" | "payout.settings" | "payout.prepare" | "payout.approve" | "payout.file" | "payout.sent" | "payout.paid" | "payout.import" | "payout.status.read" | "payment_request.create" | "payment_request.read" | "payment_request.withdraw" | "payment_request.pay" | "payment_request.paid" | "payment_request.abandon" | "activity.create" | "activity.update" | "ticket.offer.create" | "ticket.offer.update" | "ticket.claim" | "ticket.allocate" | "ticket.return" | "ticket.redeem" | "ticket.read";
                    actor?: string;
                    /** @description Calendar date YYYY-MM-DD (Europe/Oslo) */
                    from?: string;
                    limit: number;
                    offset: number;
                    outcome?: "allowed" | "denied";
                    personId?: string;
                    /** @description Calendar date YYYY-MM-DD (Europe/Oslo) */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            items: components["schemas"]["AuditEvent"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family's leisure cards: balance per scheme and period, expiry and every transaction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["WalletHolder"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/claimable-tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket offers the family may claim from today, with the children who may */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            children: {
                                childId: string;
                                childName: string;
                            }[];
                            id: string;
                            /** @enum {unknown} */
                            kind: "cinema" | "pool" | "theatre" | "bowling" | "bus";
                            ticketsLeft: number;
                            title: string;
                            /**
                             * Format: date
                             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                             */
                            validUntil: string;
                            venueName: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Corrections of the ledger, newest first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    status?: "prepared" | "approved";
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            items: components["schemas"]["Correction"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Prepare a correction, with a reason; a second administrator must approve it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description At most what is left of the transfer */
                        amountOre?: number;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        expiresOn?: string;
                        /**
                         * @description reverse_payment: a card’s payment back to the card; recredit_card: expired money back to the card; extend_expiry: a later expiry date for a period or one child; move_payment: a payment to another provider
                         * @enum {unknown}
                         */
                        kind: "reverse_payment" | "recredit_card" | "extend_expiry" | "move_payment";
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        periodStart?: string;
                        /** @description Null or left out: the whole period */
                        personId?: string | null;
                        /** Format: uuid */
                        providerId?: string;
                        reason: string;
                        /** Format: uuid */
                        schemeId?: string;
                        /** @description The transfer corrected (not for extend_expiry) */
                        transferId?: number;
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
                        "application/json": components["schemas"]["Correction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/corrections/{correctionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A correction */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    correctionId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Correction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/corrections/{correctionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve and carry out a correction another administrator prepared
         * @description Checked again against the ledger as it is now, then carried out in one transaction: a reversing or a new transfer, or an expiry extension. The administrator who prepared it cannot approve it (403); an approved correction cannot be approved again (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    correctionId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Correction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family's enrolments, with what the card and the family paid */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Enrolment"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Enrol a child of the family in an activity and pay in the same step
         * @description The card pays what its scheme covers and its balance holds; any rest is paid through Vipps MobilePay (follow paymentUrl). A full activity with a waiting list puts the child in the queue.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Chosen by the client, new for each enrolment: the same key enrols and pays once */
                    "idempotency-key": string;
                };
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        activityId: string;
                        /** Format: uuid */
                        childId: string;
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
                        "application/json": components["schemas"]["Enrolment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/enrolments/{enrolmentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an enrolment; a paid place is refunded under the provider’s rule */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Enrolment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/enrolments/{enrolmentId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a place offered from the waiting list, paying as at enrolment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Enrolment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/enrolments/{enrolmentId}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After paying in Vipps MobilePay: the payment’s outcome, settled now when it is known */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrolmentId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Enrolment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/expiry-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest expiry runs, per scheme and period, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["ExpiryRunLine"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Return the unspent money of every card whose expiry date has passed to its scheme’s budget
         * @description One set-based run over every scheme and period of the municipality, reported per scheme and period. Idempotent: each card expires once (key `expiry:<card>`), so a second run moves nothing. Cards extended for their child are left alone until their new date; cards holding money for a payment in progress are left for a later run.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["ExpiryReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/family": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in guardian's (or youth's) family as held by the municipality */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Family"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/family/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who looked at the family's data */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            /** @description Entries by others, newest first */
                            items: components["schemas"]["AccessLogEntry"][];
                            ownLatest: string | null;
                            /** @description The signed-in person's own views of the family, counted only */
                            ownViews: number;
                            /** @description Entries by others (caseworkers, the other guardian, …) */
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/family/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download all data held about the family (JSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/images/{imageId}/{size}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A picture of an approved provider, as WebP (cached for a year: pictures never change) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    imageId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description small (fits 480×480) or large (fits 1200×1200) */
                    size: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The picture */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/webp": string;
                    };
                };
                /** @description Not modified */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation (the token from the link) and become an admin of the provider */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
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
                        "application/json": {
                            providerId: string;
                            providerName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/my-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers the signed-in person administers in the municipality */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            items: components["schemas"]["MyProvider"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** News sent to providers, newest first, with how many received and read it */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            items: components["schemas"]["News"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Send news to providers: on their page, and by e-mail to those with an address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        audience?: components["schemas"]["NewsAudience"];
                        /** @description Plain text */
                        body: string;
                        subject: string;
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
                        "application/json": components["schemas"]["News"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/news/{newsId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One piece of news sent to providers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    newsId: string;
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
                        "application/json": components["schemas"]["News"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/news/audience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many providers an audience reaches */
        get: {
            parameters: {
                query?: {
                    /** @description Activity category codes: providers with a published activity in any of them */
                    categories?: string[];
                    /** @description Provider kinds */
                    kinds?: ("voluntary" | "municipal" | "commercial" | "private")[];
                    /** @description The provider's neighbourhood */
                    neighbourhoodIds?: string[];
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment requests to the family’s children */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["FamilyPaymentRequest"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payment-requests/{requestId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay a payment request: the card what its scheme covers, the rest through Vipps MobilePay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    requestId: string;
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
                        "application/json": components["schemas"]["FamilyPaymentRequest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payment-requests/{requestId}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After paying in Vipps MobilePay: the request, its payment settled now when the outcome is known */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    requestId: string;
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
                        "application/json": components["schemas"]["FamilyPaymentRequest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payout batches, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["PayoutBatchSummary"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Prepare a batch of everything payable to providers up to the end of a day (Europe/Oslo)
         * @description One item per provider. Providers without a valid account number are listed as held back. Another administrator approves the batch.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        upTo: string;
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
                        "application/json": components["schemas"]["PayoutBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payout batch with its items */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["PayoutBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}/accounting.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounting export of an approved batch (CSV with the municipality's account codes) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "text/csv": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a prepared batch (another administrator than the one who prepared it); the money moves */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["PayoutBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a batch as paid by the bank on a day, with its reference */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bankReference: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        paidOn: string;
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
                        "application/json": components["schemas"]["PayoutBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}/pain001": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payout file of an approved batch (ISO 20022 pain.001.001.03) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/xml": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}/sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an approved batch as sent to the bank */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["PayoutBatch"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-batches/{batchId}/status-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the bank's status report (pain.002.001.03) for a batch
         * @description Accepted payments are paid. A rejected payment goes back to the provider (its payout is reversed and its payments are included in the next batch), and the provider is asked to check its account number.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batchId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/xml": string;
                    "text/xml": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: components["schemas"]["PayoutBatchSummary"];
                            open: number;
                            paid: number;
                            rejected: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/payout-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's payout settings (null until set) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["PayoutSettings"] | null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Set the municipality's account, name, organisation number and accounting codes for payouts */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        costCentre?: string;
                        creditLedgerAccount: string;
                        debitLedgerAccount: string;
                        debtorAccount: string;
                        debtorName: string;
                        organisationNumber: string;
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
                        "application/json": components["schemas"]["PayoutSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/people/{personId}/residence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm that a person lives in the municipality when the register does not say so, with the reason
         * @description For a protected address the register withholds, or a D-number holder not registered as resident. Audited; held through later imports while the register places the person nowhere else.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
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
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/people/{personId}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child's tickets, for a caseworker (the read is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    personId: string;
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
                        "application/json": components["schemas"]["Ticket"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/people/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find a person by national identity number (kept out of URLs), with the reason for looking */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nationalId: string;
                        reason: string;
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
                        "application/json": components["schemas"]["PersonLookupResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the population register gives the municipality: residents, children 6–18 and the latest imports
         * @description Counts only; no personal data.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["PopulationStatus"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's providers by status, with what the entity register says about each */
        get: {
            parameters: {
                query: {
                    page: number;
                    pageSize: number;
                    q?: string;
                    status?: "pending" | "approved" | "rejected" | "suspended";
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            items: components["schemas"]["ProviderForApproval"][];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Register an organisation as a provider; it waits for the municipality to approve it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        displayName?: string;
                        email: string;
                        kind: "voluntary" | "municipal" | "commercial" | "private";
                        /** Format: uuid */
                        neighbourhoodId?: string | null;
                        /** @description Nine digits; spaces allowed */
                        organisationNumber: string;
                        phone?: string | null;
                        socialLinks?: string[];
                        website?: string | null;
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
                        "application/json": components["schemas"]["ProviderProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's full profile, for its admins */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                        "application/json": components["schemas"]["ProviderProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Update the provider's presentation and payout account */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Eleven digits; spaces and dots allowed */
                        bankAccount: string | null;
                        description: string;
                        email: string;
                        name: string;
                        /** Format: uuid */
                        neighbourhoodId: string | null;
                        phone: string | null;
                        socialLinks: string[];
                        website: string | null;
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
                        "application/json": components["schemas"]["ProviderProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's activities in every status */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    status?: "draft" | "published" | "archived";
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
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
                            items: components["schemas"]["ProviderActivitySummary"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Create an activity (as a draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Specially adapted (tilrettelagt) */
                        adapted?: boolean;
                        /** @description Places; null or left out is unlimited. May not be lowered below the places taken */
                        capacity?: number | null;
                        /** @enum {unknown} */
                        category: "art_culture" | "sport" | "nature_outdoor" | "faith_life_stance" | "interest_organisation" | "humanitarian" | "immigrant_organisation" | "recreation_social" | "volunteer_meeting_place" | "private_municipal";
                        contactEmail?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                        description?: string;
                        /** @description What the price is made of, one line per kind; none: the price is one participation fee */
                        fees?: {
                            /** @description Amount in øre */
                            amountOre: number;
                            /**
                             * @description What the fee is for; at most one line per kind
                             * @enum {unknown}
                             */
                            kind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
                        }[];
                        /** @description Offers a free trial (prøvesmak) */
                        freeTrial?: boolean;
                        /** @description Languages spoken at the activity (ISO 639-1) */
                        languages?: ("nb" | "nn" | "se" | "en" | "ar" | "so" | "uk" | "pl" | "lt" | "ti" | "fa" | "ps" | "ur" | "tr" | "ku" | "ru" | "es" | "pt" | "fr" | "de" | "it" | "ro" | "sv" | "da" | "fi" | "is" | "sq" | "bs" | "hr" | "sr" | "th" | "vi" | "tl" | "zh" | "ta" | "hi" | "am" | "sw" | "ne" | "my")[];
                        latitude?: number | null;
                        longitude?: number | null;
                        maxAge: number;
                        minAge: number;
                        /** Format: uuid */
                        neighbourhoodId?: string | null;
                        /** @description Must exist in the postal code register */
                        postalCode?: string | null;
                        priceIncludes?: string | null;
                        /** @description Price in øre (1 krone = 100 øre); 0 is free. With fee lines the price is their sum: leave it out, or send the sum */
                        priceOre?: number;
                        /**
                         * @description until_season_start (default): a cancellation before the season starts is refunded; none: never
                         * @enum {unknown}
                         */
                        refundPolicy?: "until_season_start" | "none";
                        schedule?: {
                            /** @example 19:00 */
                            end: string;
                            /** @example 17:30 */
                            start: string;
                            /** @description ISO weekday: 1 Monday … 7 Sunday */
                            weekday: number;
                        }[];
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        seasonEnd: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        seasonStart: string;
                        sessionCount?: number | null;
                        streetAddress?: string | null;
                        targetGroup?: string | null;
                        /**
                         * @description Written standard of the texts
                         * @enum {unknown}
                         */
                        textLanguage?: "nb" | "nn";
                        title: string;
                        /** @description Keep a waiting list when the places are taken (needs a capacity) */
                        waitingList?: boolean;
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
                        "application/json": components["schemas"]["ProviderActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One activity with its translations and pictures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
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
                        "application/json": components["schemas"]["ProviderActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Replace the editable fields; a published activity stays published */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Specially adapted (tilrettelagt) */
                        adapted?: boolean;
                        /** @description Places; null or left out is unlimited. May not be lowered below the places taken */
                        capacity?: number | null;
                        /** @enum {unknown} */
                        category: "art_culture" | "sport" | "nature_outdoor" | "faith_life_stance" | "interest_organisation" | "humanitarian" | "immigrant_organisation" | "recreation_social" | "volunteer_meeting_place" | "private_municipal";
                        contactEmail?: string | null;
                        contactName?: string | null;
                        contactPhone?: string | null;
                        description?: string;
                        /** @description What the price is made of, one line per kind; none: the price is one participation fee */
                        fees?: {
                            /** @description Amount in øre */
                            amountOre: number;
                            /**
                             * @description What the fee is for; at most one line per kind
                             * @enum {unknown}
                             */
                            kind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
                        }[];
                        /** @description Offers a free trial (prøvesmak) */
                        freeTrial?: boolean;
                        /** @description Languages spoken at the activity (ISO 639-1) */
                        languages?: ("nb" | "nn" | "se" | "en" | "ar" | "so" | "uk" | "pl" | "lt" | "ti" | "fa" | "ps" | "ur" | "tr" | "ku" | "ru" | "es" | "pt" | "fr" | "de" | "it" | "ro" | "sv" | "da" | "fi" | "is" | "sq" | "bs" | "hr" | "sr" | "th" | "vi" | "tl" | "zh" | "ta" | "hi" | "am" | "sw" | "ne" | "my")[];
                        latitude?: number | null;
                        longitude?: number | null;
                        maxAge: number;
                        minAge: number;
                        /** Format: uuid */
                        neighbourhoodId?: string | null;
                        /** @description Must exist in the postal code register */
                        postalCode?: string | null;
                        priceIncludes?: string | null;
                        /** @description Price in øre (1 krone = 100 øre); 0 is free. With fee lines the price is their sum: leave it out, or send the sum */
                        priceOre?: number;
                        /**
                         * @description until_season_start (default): a cancellation before the season starts is refunded; none: never
                         * @enum {unknown}
                         */
                        refundPolicy?: "until_season_start" | "none";
                        schedule?: {
                            /** @example 19:00 */
                            end: string;
                            /** @example 17:30 */
                            start: string;
                            /** @description ISO weekday: 1 Monday … 7 Sunday */
                            weekday: number;
                        }[];
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        seasonEnd: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        seasonStart: string;
                        sessionCount?: number | null;
                        streetAddress?: string | null;
                        targetGroup?: string | null;
                        /**
                         * @description Written standard of the texts
                         * @enum {unknown}
                         */
                        textLanguage?: "nb" | "nn";
                        title: string;
                        /** @description Keep a waiting list when the places are taken (needs a capacity) */
                        waitingList?: boolean;
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
                        "application/json": components["schemas"]["ProviderActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the activity out of the catalogue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
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
                        "application/json": components["schemas"]["ProviderActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new draft for another season: same texts, translations and pictures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        seasonEnd: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        seasonStart: string;
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
                        "application/json": components["schemas"]["ProviderActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the activity's pictures, in order, each with its alt text (at most 10, the provider's own) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            /** @description The pictures in the order shown; the first is the main picture */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the picture shows, read aloud by screen readers */
                        altText: string;
                        /** Format: uuid */
                        imageId: string;
                    }[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ProviderActivityImage"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The children in one of the provider's activities: paid or not, never how */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                        "application/json": components["schemas"]["Participant"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/payment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payment requests of one of the provider’s activities: open, overdue, paid or withdrawn */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                        "application/json": components["schemas"]["ProviderPaymentRequest"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Ask the families of enrolled children for a fee: some children, or every child in the activity
         * @description One request per enrolled child, in one step. The family pays it with the card and any rest through Vipps MobilePay. The same Idempotency-Key sends once.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Chosen by the client, new for each sending: the same key sends once */
                    "idempotency-key": string;
                };
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amountOre: number;
                        description?: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        dueDate: string;
                        /** @description The enrolled children to ask; left out: every child enrolled in the activity */
                        enrolmentIds?: string[];
                        /**
                         * @description What the fee is for; decides what a card’s scheme may pay
                         * @enum {unknown}
                         */
                        feeKind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
                        /** @description The provider’s own invoice number */
                        invoiceNumber?: string;
                        /** @description A KID (MOD10 or MOD11); not with an invoice number */
                        kid?: string;
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
                        "application/json": components["schemas"]["ProviderPaymentRequest"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the activity to families (the provider must be approved and the activity complete) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
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
                        "application/json": components["schemas"]["ProviderActivity"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/translations/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add or replace the activity's texts in another language */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    language: "nb" | "nn" | "en" | "ar" | "uk" | "so" | "pl";
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        priceIncludes?: string | null;
                        targetGroup?: string | null;
                        title: string;
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
                        "application/json": components["schemas"]["ProviderActivityTranslation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a translation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    activityId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    language: "nb" | "nn" | "en" | "ar" | "uk" | "so" | "pl";
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject or suspend a provider; a note is required to reject or suspend */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decision: "approve" | "reject" | "suspend";
                        note?: string;
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
                        "application/json": components["schemas"]["ProviderForApproval"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a picture (multipart/form-data, one JPEG, PNG or WebP file, at most 10 MB)
         * @description The picture is turned upright by its EXIF orientation, all metadata is removed, and only WebP copies that fit 1200×1200 (large) and 480×480 (small) are kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UploadedImage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's invitations that can still be accepted */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                            items: components["schemas"]["ProviderInvitation"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Invite a co-admin by e-mail; the one-time link is valid for 14 days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
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
                        "application/json": components["schemas"]["ProviderInvitation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation that has not been accepted */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invitationId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the provider's logo to one of its uploaded pictures (null removes it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    /** @description The provider, administered by the signed-in person */
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        imageId: string | null;
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
                        "application/json": {
                            logoImageId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** News from the municipality on the provider's page, newest first */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                            items: components["schemas"]["ProviderNewsItem"][];
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/news/{newsId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark news as read for the provider */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    newsId: string;
                    providerId: string;
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
                        "application/json": components["schemas"]["ProviderNewsItem"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/payment-requests/{requestId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an open payment request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                    requestId: string;
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
                        "application/json": components["schemas"]["ProviderPaymentRequest"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For each payment to the provider: pending, in a batch, or paid (date and bank reference) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                        "application/json": components["schemas"]["PaymentPayout"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/providers/{providerId}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a scanned ticket token or a typed code at the venue (once)
         * @description Refused with a reason: already used (when, where), expired, not for this venue, or not a ticket.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scanned: string;
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
                        "application/json": {
                            /** @enum {unknown} */
                            kind: "cinema" | "pool" | "theatre" | "bowling" | "bus";
                            /** Format: date-time */
                            redeemedAt: string;
                            ticketId: string;
                            title: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/public/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An approved provider's public presentation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    providerId: string;
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
                        "application/json": components["schemas"]["PublicProvider"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymise people who left the scope longer ago than the municipality's retention period */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dryRun?: boolean;
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
                        "application/json": components["schemas"]["RetentionResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles given in the municipality */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            items: components["schemas"]["RoleAssignment"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Give a role to a staff member (by e-mail) or a citizen (by national identity number) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holderName?: string;
                        nationalId?: string;
                        protectedAccess?: boolean;
                        /** Format: uuid */
                        providerId?: string;
                        role: "provider_admin" | "venue_staff" | "caseworker" | "leisure_guide" | "municipality_admin";
                        /** Format: email */
                        staffEmail?: string;
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
                        "application/json": components["schemas"]["RoleAssignment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/roles/{assignmentId}": {
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
         * Take a role back
         * @description 409 LAST_MUNICIPALITY_ADMIN for the municipality's last administrator.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: string;
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's schemes, each with its current period's money against the budget */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Scheme"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Set up a scheme */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activityKinds: ("organised" | "holiday" | "camp" | "tournament" | "event" | "experience" | "self_organised")[];
                        /** @description Per child and period, in øre */
                        amountOre: number;
                        /** @description Set aside per period, in øre */
                        budgetOre: number;
                        /** @default  */
                        description: string;
                        /**
                         * @description universal: every child meeting the age and residence rule; means_tested: children placed by staff
                         * @enum {unknown}
                         */
                        eligibility: "universal" | "means_tested";
                        /** Format: date */
                        endsOn: string | null;
                        /** @description Unspent money expires this many months after the period ends */
                        expiryMonths: number;
                        feeKinds: ("participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket")[];
                        maxAge: number;
                        minAge: number;
                        /** @description An eligible activity meets at least this often in its season; null: no minimum */
                        minSessions: number | null;
                        name: string;
                        /**
                         * @description Half-years or calendar years, Europe/Oslo
                         * @enum {unknown}
                         */
                        periodKind: "half_year" | "calendar_year";
                        providerKinds: ("voluntary" | "municipal" | "commercial" | "private")[];
                        /** @enum {unknown} */
                        residence: "registered_resident" | "none";
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        startsOn: string;
                        /** @description From this age the youth sees and uses the card alone */
                        youthAge: number;
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
                        "application/json": components["schemas"]["Scheme"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/schemes/{schemeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scheme with the money of every period it has granted in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    schemeId: string;
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
                        "application/json": components["schemas"]["SchemeDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        /** Change a scheme's rules (they apply from now on) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    schemeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        activityKinds: ("organised" | "holiday" | "camp" | "tournament" | "event" | "experience" | "self_organised")[];
                        /** @description Per child and period, in øre */
                        amountOre: number;
                        /** @description Set aside per period, in øre */
                        budgetOre: number;
                        /** @default  */
                        description: string;
                        /**
                         * @description universal: every child meeting the age and residence rule; means_tested: children placed by staff
                         * @enum {unknown}
                         */
                        eligibility: "universal" | "means_tested";
                        /** Format: date */
                        endsOn: string | null;
                        /** @description Unspent money expires this many months after the period ends */
                        expiryMonths: number;
                        feeKinds: ("participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket")[];
                        maxAge: number;
                        minAge: number;
                        /** @description An eligible activity meets at least this often in its season; null: no minimum */
                        minSessions: number | null;
                        name: string;
                        /**
                         * @description Half-years or calendar years, Europe/Oslo
                         * @enum {unknown}
                         */
                        periodKind: "half_year" | "calendar_year";
                        providerKinds: ("voluntary" | "municipal" | "commercial" | "private")[];
                        /** @enum {unknown} */
                        residence: "registered_resident" | "none";
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        startsOn: string;
                        /** @description From this age the youth sees and uses the card alone */
                        youthAge: number;
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
                        "application/json": components["schemas"]["Scheme"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/schemes/{schemeId}/grant-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scheme's latest grant runs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    schemeId: string;
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
                        "application/json": components["schemas"]["GrantRun"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Grant the current period's amount to every eligible child who has not had it
         * @description One set-based run over the population. Idempotent: each child is granted once per scheme and period, so a repeated run grants only children who became eligible since.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    schemeId: string;
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
                        "application/json": components["schemas"]["GrantReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/schemes/{schemeId}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children placed in a means-tested scheme (each child shown is audited) */
        get: {
            parameters: {
                query: {
                    limit: number;
                    offset: number;
                    /** @description Only placements not ended */
                    open: boolean;
                };
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    schemeId: string;
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
                            items: components["schemas"]["Placement"][];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Place a named child in a means-tested scheme, with a reason; the current period's amount is granted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    schemeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        note: string;
                        /** Format: uuid */
                        personId: string;
                        /** @enum {unknown} */
                        reason: "low_income" | "child_welfare" | "refugee" | "health" | "other";
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
                        "application/json": {
                            grantedOre: number;
                            placement: components["schemas"]["Placement"];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/schemes/{schemeId}/placements/{placementId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a placement: no grants in later periods; money on the card stays until it expires */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    placementId: string;
                    schemeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/search-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Choices for the search form: categories, neighbourhoods, languages activities are held in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            categories: string[];
                            languages: string[];
                            neighbourhoods: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/support-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Support schemes and equipment lending in the municipality (active ones) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["SupportOffer"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Add a support scheme or equipment lending offer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        categories?: string[];
                        contact?: string | null;
                        kind: "support_scheme" | "equipment_lending";
                        maxAge?: number | null;
                        minAge?: number | null;
                        summary: string;
                        title: string;
                        url?: string | null;
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
                        "application/json": components["schemas"]["SupportOffer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/support-offers/{supportOfferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a support offer */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    supportOfferId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        categories?: string[];
                        contact?: string | null;
                        kind: "support_scheme" | "equipment_lending";
                        maxAge?: number | null;
                        minAge?: number | null;
                        summary: string;
                        title: string;
                        url?: string | null;
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
                        "application/json": components["schemas"]["SupportOffer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a support offer */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    supportOfferId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/support-offers/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All support offers, inactive ones included (municipality admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["SupportOffer"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/ticket-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's ticket offers, with what is claimed and redeemed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["TicketOffer"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        /** Offer a batch of free tickets at a venue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        allocation: "families" | "caseworkers" | "both";
                        /** @enum {unknown} */
                        kind: "cinema" | "pool" | "theatre" | "bowling" | "bus";
                        maxAge: number;
                        minAge: number;
                        /** @default 1 */
                        perChildLimit: number;
                        quantity: number;
                        schemeIds: string[];
                        title: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                         */
                        validUntil: string;
                        /** Format: uuid */
                        venueId: string;
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
                        "application/json": components["schemas"]["TicketOffer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/ticket-offers/{offerId}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allocate a ticket to a named child, with a reason; the answer carries a printed ticket’s token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        childId: string;
                        /** @enum {unknown} */
                        reason: "low_income" | "child_welfare" | "refugee" | "health" | "other";
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
                        "application/json": components["schemas"]["Ticket"] & {
                            printToken: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/ticket-offers/{offerId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a ticket for a child of the family (or the youth herself), first come first served */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        childId: string;
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
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/ticket-offers/{offerId}/quantity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change how many tickets an offer has (never below what is claimed) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    offerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        quantity: number;
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
                        "application/json": components["schemas"]["TicketOffer"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/ticket-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offered, claimed, redeemed and expired per offer, age group and neighbourhood
         * @description Counts below the municipality's threshold (default 5) are null.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                            rows: components["schemas"]["TicketStatisticsRow"][];
                            threshold: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The family's tickets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
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
                        "application/json": components["schemas"]["Ticket"][];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/tickets/{ticketId}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the ticket’s QR code shows now: a token that changes every 30 seconds, and the short code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    ticketId: string;
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
                            code: string;
                            /** @description Ask again after this many seconds */
                            refreshInSeconds: number;
                            token: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/municipalities/{kommunenummer}/tickets/{ticketId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a ticket back: it returns to the pool */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Four-digit kommunenummer */
                    kommunenummer: string;
                    ticketId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations by name (autocomplete of the registration form), voluntary organisations first */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    /** @description Kommunenummer of the address */
                    municipality?: string;
                    /** @description Words of the name */
                    q: string;
                };
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
                            items: components["schemas"]["OrganisationSearchHit"][];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation by number, from the entity register (for registering a provider)
         * @description Checks the control digit, then answers from the platform’s copy of Enhetsregisteret, asking the register when the copy is missing or older than 7 days. 404 ORGANISATION_NOT_FOUND, 409 ORGANISATION_DELETED, 503 REGISTER_UNAVAILABLE when the register does not answer and nothing is stored.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Nine-digit organisasjonsnummer (spaces allowed); the control digit is checked */
                    organisationNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An organisation's facts from Enhetsregisteret / Frivillighetsregisteret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/vipps/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notifications from Vipps MobilePay about payments (signed; no session)
         * @description Authenticated only by the Webhooks API signature: HMAC-SHA256 with the registration’s secret over the method, the path and query, x-ms-date, Host and the SHA-256 of the raw body. A missing or wrong signature, a changed body or a date more than 5 minutes off is refused with 401. A verified event only makes the platform read the payment from Vipps MobilePay and settle it from that state; the same event again is answered 200 and moves nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        amount: {
                            currency: string;
                            /** @description In øre */
                            value: number;
                        };
                        idempotencyKey: string | null;
                        /** @description The merchant serial number */
                        msn: string;
                        /** @enum {unknown} */
                        name: "CREATED" | "ABORTED" | "EXPIRED" | "CANCELLED" | "CAPTURED" | "REFUNDED" | "AUTHORIZED" | "TERMINATED";
                        pspReference: string;
                        reference: string;
                        success: boolean;
                        /** Format: date-time */
                        timestamp: string;
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
                        "application/json": {
                            /**
                             * @description settled: the payment was looked at and settled from its state; duplicate: this event was taken before; unknown: no payment of the platform has this reference. Nothing moves twice either way
                             * @enum {unknown}
                             */
                            outcome: "settled" | "duplicate" | "unknown";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness probe: database reachable and migrations applied */
        get: {
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
                            database: "pglite" | "postgres";
                            pendingMigrations: string[];
                            status: "ready" | "not_ready";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "pglite" | "postgres";
                            pendingMigrations: string[];
                            status: "ready" | "not_ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with roles per municipality and the CSRF token for changes */
        get: {
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
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
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
        AccessLogEntry: {
            action: string;
            /** Format: date-time */
            at: string;
            outcome: string;
            personId: string | null;
            reason: string | null;
            role: string | null;
            who: string;
        };
        ActivityDetail: {
            adapted: boolean;
            address: {
                postalCode: string | null;
                postalPlace: string | null;
                street: string | null;
            } | null;
            category: string;
            contact: {
                email: string | null;
                name: string | null;
                phone: string | null;
            };
            description: string;
            distanceMetres: number | null;
            fees: {
                amountOre: number;
                /** @enum {unknown} */
                kind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
            }[];
            free: boolean;
            freeTrial: boolean;
            id: string;
            image: {
                alt: string;
                id: string;
            } | null;
            images: {
                alt: string;
                id: string;
            }[];
            languages: string[];
            location: {
                latitude: number;
                longitude: number;
            } | null;
            maxAge: number;
            minAge: number;
            neighbourhood: {
                id: string;
                name: string;
            } | null;
            place: string | null;
            places: {
                capacity: number | null;
                full: boolean;
                left: number | null;
                /** @description A full activity takes children onto a waiting list */
                waitingList: boolean;
            };
            priceIncludes: string | null;
            /** @description Price for the season in øre */
            priceOre: number;
            provider: {
                id: string;
                name: string;
            };
            providerDetails: {
                description: string;
                email: string | null;
                id: string;
                kind: string;
                logoImageId: string | null;
                name: string;
                neighbourhood: string | null;
                organisationNumber: string | null;
                phone: string | null;
                socialLinks: string[];
                website: string | null;
            };
            /**
             * @description until_season_start: a cancellation before the season starts is refunded; none: never
             * @enum {unknown}
             */
            refundPolicy: "until_season_start" | "none";
            schedule: {
                end: string;
                start: string;
                weekday: number;
            }[];
            /** Format: date */
            seasonEnd: string;
            /** Format: date */
            seasonStart: string;
            sessionCount: number | null;
            /** @description The season has started (joining late may be harder) */
            started: boolean;
            supportOffers: components["schemas"]["SupportOffer"][];
            targetGroup: string | null;
            /** @description Language of title and texts (BCP 47), for the lang attribute */
            textLanguage: string;
            title: string;
            translations: string[];
            /** Format: date-time */
            updatedAt: string;
            weekdays: number[];
        };
        ActivitySearchResult: {
            categories: {
                code: string;
                count: number;
            }[];
            items: components["schemas"]["ActivitySummary"][];
            origin: {
                label: string | null;
                latitude: number;
                longitude: number;
            } | null;
            page: number;
            pageSize: number;
            sort: "relevance" | "distance" | "start" | "price" | "title";
            total: number;
        };
        ActivitySummary: {
            adapted: boolean;
            category: string;
            distanceMetres: number | null;
            free: boolean;
            freeTrial: boolean;
            id: string;
            image: {
                alt: string;
                id: string;
            } | null;
            languages: string[];
            location: {
                latitude: number;
                longitude: number;
            } | null;
            maxAge: number;
            minAge: number;
            place: string | null;
            /** @description Price for the season in øre */
            priceOre: number;
            provider: {
                id: string;
                name: string;
            };
            /** Format: date */
            seasonEnd: string;
            /** Format: date */
            seasonStart: string;
            /** @description The season has started (joining late may be harder) */
            started: boolean;
            /** @description Language of title and texts (BCP 47), for the lang attribute */
            textLanguage: string;
            title: string;
            weekdays: number[];
        };
        /** Address suggestion */
        AddressSuggestion: {
            /** @example Storgata 12B, 3015 Drammen */
            label: string;
            latitude: number;
            longitude: number;
            /** @example 3015 */
            postalCode: string;
            /** @example Drammen */
            postalPlace: string;
            /** @example Storgata 12B */
            street: string;
        };
        AddressSuggestions: {
            items: components["schemas"]["AddressSuggestion"][];
        };
        /** @description What was done (a closed set of codes) */
        AuditAction: "family.read" | "family.export" | "person.lookup" | "person.residence.confirm" | "audit.search" | "role.grant" | "role.revoke" | "access.denied" | "population.import" | "retention.preview" | "retention.anonymise" | "provider.register" | "provider.update" | "provider.bank_account.change" | "provider.decision" | "provider.invitation.create" | "provider.invitation.list" | "provider.invitation.revoke" | "provider.invitation.accept" | "support_offer.create" | "support_offer.update" | "support_offer.delete" | "news.send" | "scheme.create" | "scheme.update" | "grants.run" | "scheme.placement.create" | "scheme.placement.end" | "scheme.placement.list" | "expiry.run" | "correction.prepare" | "correction.approve" | "correction.list" | "card.read" | "enrolment.create" | "enrolment.confirm" | "enrolment.abandon" | "enrolment.cancel" | "enrolment.read" | "participants.read" | "payout.settings" | "payout.prepare" | "payout.approve" | "payout.file" | "payout.sent" | "payout.paid" | "payout.import" | "payout.status.read" | "payment_request.create" | "payment_request.read" | "payment_request.withdraw" | "payment_request.pay" | "payment_request.paid" | "payment_request.abandon" | "activity.create" | "activity.update" | "ticket.offer.create" | "ticket.offer.update" | "ticket.claim" | "ticket.allocate" | "ticket.return" | "ticket.redeem" | "ticket.read";
        AuditEvent: {
            action: components["schemas"]["AuditAction"];
            actorKind: string;
            actorName: string;
            actorRole: string | null;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            };
            id: number;
            outcome: string;
            reason: string | null;
            requestId: string | null;
            subjectPersonId: string | null;
        };
        ClientConfig: {
            map: {
                attribution: string;
                maxZoom: number;
                tileUrl: string;
            };
        };
        Correction: {
            amountOre: number | null;
            approvedAt: string | null;
            approvedByName: string | null;
            expiresOn: string | null;
            id: string;
            /** @enum {unknown} */
            kind: "reverse_payment" | "recredit_card" | "extend_expiry" | "move_payment";
            periodStart: string | null;
            personId: string | null;
            /** Format: date-time */
            preparedAt: string;
            preparedByName: string;
            providerId: string | null;
            reason: string;
            schemeId: string | null;
            /** @enum {unknown} */
            status: "prepared" | "approved";
            transferId: number | null;
            /** @description The transfers the approval made */
            transferIds: number[];
        };
        Enrolment: {
            activityId: string;
            /**
             * @description The language of the activity’s texts
             * @enum {unknown}
             */
            activityTextLanguage: "nb" | "nn";
            activityTitle: string;
            /** @description Paid by the card */
            cardOre: number;
            childId: string;
            childName: string;
            /** Format: date-time */
            createdAt: string;
            feeOre: number;
            id: string;
            paymentUrl: string | null;
            queuePosition: number | null;
            /** @description Paid by the family through Vipps MobilePay */
            restOre: number;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            seasonStart: string;
            /** @enum {unknown} */
            status: "awaiting_payment" | "confirmed" | "waiting" | "offered" | "cancelled" | "payment_abandoned";
        };
        /** Error */
        ErrorResponse: {
            error: {
                /**
                 * @description Stable machine-readable code
                 * @example VALIDATION_FAILED
                 */
                code: string;
                details?: {
                    field: string;
                    message: string;
                }[];
                /** @description Human-readable message in the language of the request */
                message: string;
                requestId: string;
            };
        };
        ExpiryReport: {
            /** @description How much went back, in øre */
            amountOre: number;
            /** @description Cards whose unspent money went back to the budget */
            cards: number;
            /** @description Cards left for a later run: a payment holding their money is in progress */
            heldCards: number;
            lines: {
                amountOre: number;
                cards: number;
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                expiresOn: string;
                heldCards: number;
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                periodStart: string;
                schemeId: string;
                schemeName: string;
            }[];
            runId: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            runOn: string;
        };
        ExpiryRunLine: {
            amountOre: number;
            cards: number;
            heldCards: number;
            id: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            periodStart: string;
            runId: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            runOn: string;
            schemeId: string;
            /** Format: date-time */
            startedAt: string;
            startedBy: string;
        };
        Family: {
            children: {
                address: {
                    postalCode: string | null;
                    postalPlace: string | null;
                    street: string | null;
                } | null;
                addressProtected: boolean;
                age: number;
                birthDate: string;
                /** @description Guardianships the register ended by the guardian's death: who, and why; nothing more */
                endedGuardianships: {
                    name: string;
                    /** @enum {string} */
                    reason: "deceased";
                }[];
                familyName: string;
                givenName: string;
                guardians: {
                    id: string;
                    name: string;
                }[];
                id: string;
                /** @description A caseworker confirmed that the person lives in the municipality (the register did not say so) */
                residenceConfirmed: boolean;
                status: string;
            }[];
            self: {
                address: {
                    postalCode: string | null;
                    postalPlace: string | null;
                    street: string | null;
                } | null;
                addressProtected: boolean;
                age: number;
                birthDate: string;
                familyName: string;
                givenName: string;
                id: string;
                /** @description A caseworker confirmed that the person lives in the municipality (the register did not say so) */
                residenceConfirmed: boolean;
                status: string;
            };
        };
        FamilyPaymentRequest: {
            activityId: string;
            /**
             * @description The language of the activity’s texts
             * @enum {unknown}
             */
            activityTextLanguage: "nb" | "nn";
            activityTitle: string;
            amountOre: number;
            /** @description Paid by the card */
            cardOre: number;
            childId: string;
            childName: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Written by the provider, in the activity’s language */
            description: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            dueDate: string;
            /** @enum {unknown} */
            feeKind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
            id: string;
            invoiceNumber: string | null;
            kid: string | null;
            paymentUrl: string | null;
            providerName: string;
            /** @description Paid by the family through Vipps MobilePay */
            restOre: number;
            /**
             * @description paying: the family’s part waits in Vipps MobilePay; overdue: open past its due date
             * @enum {unknown}
             */
            status: "open" | "overdue" | "paying" | "paid" | "withdrawn";
        };
        GrantReport: {
            /** @description Granted by this run */
            amountOre: number;
            budgetOre: number;
            /** @description Children granted by this run */
            children: number;
            /** @description How far the period is over its budget (0 within it) */
            overBudgetOre: number;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            periodEnd: string;
            /** @description Granted in the period so far */
            periodGrantedOre: number;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            periodStart: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            runOn: string;
            schemeId: string;
        };
        GrantRun: {
            amountOre: number;
            children: number;
            id: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            periodStart: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            runOn: string;
            /** Format: date-time */
            startedAt: string;
            startedBy: string;
        };
        Municipality: {
            contactEmail: string | null;
            defaultLanguage: "nb" | "nn";
            /** @example 3301 */
            kommunenummer: string;
            name: string;
        };
        MyProvider: {
            id: string;
            kind: "voluntary" | "municipal" | "commercial" | "private";
            name: string;
            organisationNumber: string | null;
            status: "pending" | "approved" | "rejected" | "suspended";
        };
        News: {
            audience: components["schemas"]["NewsAudience"];
            body: string;
            /** @description Of them, providers it was e-mailed to */
            emailCount: number;
            id: string;
            /** @description Of them, providers who have read it on their page */
            readCount: number;
            /** @description Providers the news went to */
            recipientCount: number;
            /** Format: date-time */
            sentAt: string;
            sentBy: string;
            subject: string;
        };
        /** @description Who the news is for: approved providers, narrowed by each given list (none given: all of them) */
        NewsAudience: {
            /** @description Activity category codes: providers with a published activity in any of them */
            categories?: string[];
            /** @description Provider kinds */
            kinds?: ("voluntary" | "municipal" | "commercial" | "private")[];
            /** @description The provider's neighbourhood */
            neighbourhoodIds?: string[];
        };
        /** @description An organisation's facts from Enhetsregisteret / Frivillighetsregisteret */
        Organisation: {
            businessAddress: string | null;
            /** @description Registered in Frivillighetsregisteret */
            inVoluntaryRegister: boolean;
            municipalityNumber: string | null;
            name: string;
            organisationForm: string | null;
            /** @example 998877660 */
            organisationNumber: string;
            postalCode: string | null;
            postalPlace: string | null;
            purpose: string | null;
            registeredOn: string | null;
            /**
             * Format: date-time
             * @description When the platform last took these facts from the register
             */
            updatedAt: string;
            voluntaryRegisteredOn: string | null;
            website: string | null;
        };
        OrganisationSearchHit: {
            businessAddress: string | null;
            /** @description Registered in Frivillighetsregisteret */
            inVoluntaryRegister: boolean;
            municipalityNumber: string | null;
            name: string;
            organisationForm: string | null;
            /** @example 998877660 */
            organisationNumber: string;
            postalCode: string | null;
            postalPlace: string | null;
        };
        Participant: {
            birthYear: number;
            childName: string;
            /** Format: date-time */
            enrolledAt: string;
            enrolmentId: string;
            /**
             * @description paid: the place is paid; how it was paid is never shown to the provider
             * @enum {unknown}
             */
            status: "paid" | "awaiting_payment" | "offered" | "waiting";
        };
        PaymentPayout: {
            activityTitle: string | null;
            /** @description What the provider received for the place (never how it was paid) */
            amountOre: number;
            bankReference: string | null;
            batchId: number | null;
            batchStatus: ("prepared" | "approved" | "sent" | "paid") | null;
            enrolmentId: string | null;
            paidOn: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {unknown} */
            status: "pending" | "in_batch" | "paid";
        };
        PayoutBatch: {
            approvedAt: string | null;
            approvedBy: string | null;
            bankReference: string | null;
            executionDate: string | null;
            /** @description Providers owed money but without a valid account number */
            heldBack: {
                amountOre: number;
                name: string;
                providerId: string;
            }[];
            id: number;
            itemCount: number;
            items: {
                amountOre: number;
                bankReference: string | null;
                creditorAccount: string;
                endToEndId: string;
                paidOn: string | null;
                providerId: string;
                providerName: string;
                rejectReason: string | null;
                /** @enum {unknown} */
                status: "pending" | "paid" | "rejected";
                /** @description The ledger transfers the payment covers */
                transferIds: number[];
            }[];
            /** @description The payout file's message id */
            messageId: string;
            paidOn: string | null;
            /** Format: date-time */
            preparedAt: string;
            preparedBy: string;
            sentAt: string | null;
            /** @enum {unknown} */
            status: "prepared" | "approved" | "sent" | "paid";
            totalOre: number;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            upTo: string;
        };
        PayoutBatchSummary: {
            approvedAt: string | null;
            approvedBy: string | null;
            bankReference: string | null;
            executionDate: string | null;
            /** @description Providers owed money but without a valid account number */
            heldBack: {
                amountOre: number;
                name: string;
                providerId: string;
            }[];
            id: number;
            itemCount: number;
            /** @description The payout file's message id */
            messageId: string;
            paidOn: string | null;
            /** Format: date-time */
            preparedAt: string;
            preparedBy: string;
            sentAt: string | null;
            /** @enum {unknown} */
            status: "prepared" | "approved" | "sent" | "paid";
            totalOre: number;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            upTo: string;
        };
        PayoutSettings: {
            costCentre: string;
            /** @description Accounting export: the ledger account credited */
            creditLedgerAccount: string;
            /** @description Accounting export: the ledger account debited */
            debitLedgerAccount: string;
            /** @description The municipality's account number (11 digits) */
            debtorAccount: string;
            debtorName: string;
            organisationNumber: string;
            /** Format: date-time */
            updatedAt: string;
        };
        Person: {
            address: {
                postalCode: string | null;
                postalPlace: string | null;
                street: string | null;
            } | null;
            addressProtected: boolean;
            age: number;
            birthDate: string;
            familyName: string;
            givenName: string;
            id: string;
            /** @description A caseworker confirmed that the person lives in the municipality (the register did not say so) */
            residenceConfirmed: boolean;
            status: string;
        };
        PersonLookupResult: {
            address: {
                postalCode: string | null;
                postalPlace: string | null;
                street: string | null;
            } | null;
            addressProtected: boolean;
            age: number;
            birthDate: string;
            children: {
                id: string;
                name: string;
            }[];
            familyName: string;
            givenName: string;
            guardians: {
                id: string;
                name: string;
            }[];
            id: string;
            /** @description A caseworker confirmed that the person lives in the municipality (the register did not say so) */
            residenceConfirmed: boolean;
            status: string;
        };
        Placement: {
            endedAt: string | null;
            id: string;
            /** @description Empty when the person is null (protected) */
            note: string;
            person: {
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                birthDate: string;
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            placedAt: string;
            placedBy: string;
            /** @enum {unknown} */
            reason: "low_income" | "child_welfare" | "refugee" | "health" | "other";
        };
        PopulationImportRun: {
            deceased: number;
            finishedAt: string | null;
            guardianLinksUnresolved: number;
            guardianshipsAdded: number;
            guardianshipsRemoved: number;
            id: string;
            imported: number;
            inserted: number;
            lines: number;
            mode: "full" | "delta";
            movedOut: number;
            rejected: number;
            source: string | null;
            /** Format: date-time */
            startedAt: string;
            startedBy: string;
            updated: number;
        };
        PopulationStatus: {
            /** @description Residents aged 6–18 today (Europe/Oslo) */
            childrenInScope: number;
            /** @description People registered as living in the municipality */
            residents: number;
            /** @description The latest 20 import runs, newest first */
            runs: components["schemas"]["PopulationImportRun"][];
        };
        ProviderActivity: {
            adapted: boolean;
            capacity: number | null;
            category: string;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            description: string;
            fees: {
                amountOre: number;
                /** @enum {unknown} */
                kind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
            }[];
            /** @description True when the price is 0 */
            free: boolean;
            freeTrial: boolean;
            id: string;
            images: components["schemas"]["ProviderActivityImage"][];
            languages: string[];
            latitude: number | null;
            longitude: number | null;
            maxAge: number;
            minAge: number;
            /** @description What must be in place before the activity may be published */
            missingForPublishing: ("location" | "season" | "schedule" | "contact")[];
            neighbourhoodId: string | null;
            /** @description Paid, being paid, or offered to the next in the queue */
            placesTaken: number;
            postalCode: string | null;
            postalPlace: string | null;
            priceIncludes: string | null;
            /** @description The sum of the fee lines when there are any */
            priceOre: number;
            providerId: string;
            publishedAt: string | null;
            /** @enum {unknown} */
            refundPolicy: "until_season_start" | "none";
            schedule: {
                end: string;
                start: string;
                weekday: number;
            }[];
            /** Format: date */
            seasonEnd: string;
            /** Format: date */
            seasonStart: string;
            sessionCount: number | null;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            streetAddress: string | null;
            targetGroup: string | null;
            textLanguage: string;
            title: string;
            translations: components["schemas"]["ProviderActivityTranslation"][];
            /** Format: date-time */
            updatedAt: string;
            waitingList: boolean;
            /** @description Derived from the schedule */
            weekdays: number[];
        };
        ProviderActivityImage: {
            altText: string;
            height: number;
            imageId: string;
            position: number;
            width: number;
        };
        ProviderActivitySummary: {
            category: string;
            id: string;
            maxAge: number;
            minAge: number;
            publishedAt: string | null;
            /** Format: date */
            seasonEnd: string;
            /** Format: date */
            seasonStart: string;
            status: string;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProviderActivityTranslation: {
            description: string;
            language: string;
            priceIncludes: string | null;
            targetGroup: string | null;
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProviderForApproval: {
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
            decisionNote: string | null;
            email: string | null;
            id: string;
            kind: "voluntary" | "municipal" | "commercial" | "private";
            name: string;
            organisation: components["schemas"]["ProviderOrganisationFacts"] | null;
            organisationNumber: string | null;
            phone: string | null;
            status: "pending" | "approved" | "rejected" | "suspended";
            website: string | null;
        };
        ProviderInvitation: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            id: string;
            invitedBy: string;
            name: string;
        };
        ProviderNewsItem: {
            body: string;
            id: string;
            read: boolean;
            readAt: string | null;
            /** Format: date-time */
            sentAt: string;
            subject: string;
        };
        ProviderOrganisationFacts: {
            deletedOn: string | null;
            /** @description Registered in Frivillighetsregisteret */
            inVoluntaryRegister: boolean;
            municipalityNumber: string | null;
            /** @description Name in Enhetsregisteret */
            name: string;
            organisationForm: string | null;
        };
        ProviderPaymentRequest: {
            activityId: string;
            amountOre: number;
            birthYear: number;
            childName: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            dueDate: string;
            enrolmentId: string;
            /** @enum {unknown} */
            feeKind: "participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket";
            id: string;
            invoiceNumber: string | null;
            kid: string | null;
            paidAt: string | null;
            /**
             * @description overdue: open past its due date (Europe/Oslo); how a paid request was paid is never shown
             * @enum {unknown}
             */
            status: "open" | "overdue" | "paid" | "withdrawn";
            withdrawnAt: string | null;
        };
        ProviderProfile: {
            bankAccount: string | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decisionNote: string | null;
            description: string;
            email: string | null;
            id: string;
            kind: "voluntary" | "municipal" | "commercial" | "private";
            logoImageId: string | null;
            name: string;
            neighbourhoodId: string | null;
            organisation: components["schemas"]["ProviderOrganisationFacts"] | null;
            organisationNumber: string | null;
            phone: string | null;
            socialLinks: string[];
            status: "pending" | "approved" | "rejected" | "suspended";
            /** Format: date-time */
            updatedAt: string;
            website: string | null;
        };
        PublicProvider: {
            description: string;
            email: string | null;
            id: string;
            kind: "voluntary" | "municipal" | "commercial" | "private";
            logoImageId: string | null;
            name: string;
            neighbourhoodId: string | null;
            organisationNumber: string | null;
            phone: string | null;
            socialLinks: string[];
            website: string | null;
        };
        RetentionResult: {
            anonymised: number;
            dryRun: boolean;
            guardianshipsRemoved: number;
            retentionDays: number;
        };
        RoleAssignment: {
            /** Format: date-time */
            grantedAt: string;
            grantedBy: string;
            holderKind: "staff" | "citizen";
            holderName: string;
            id: string;
            protectedAccess: boolean;
            providerId: string | null;
            providerName: string | null;
            role: "provider_admin" | "venue_staff" | "caseworker" | "leisure_guide" | "municipality_admin";
        };
        Scheme: {
            activityKinds: ("organised" | "holiday" | "camp" | "tournament" | "event" | "experience" | "self_organised")[];
            /** @description Per child and period, in øre */
            amountOre: number;
            /** @description Set aside per period, in øre */
            budgetOre: number;
            /** Format: date-time */
            createdAt: string;
            currentPeriod: components["schemas"]["SchemePeriod"] | null;
            description: string;
            /**
             * @description universal: every child meeting the age and residence rule; means_tested: children placed by staff
             * @enum {unknown}
             */
            eligibility: "universal" | "means_tested";
            endsOn: string | null;
            /** @description Unspent money expires this many months after the period ends */
            expiryMonths: number;
            feeKinds: ("participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket")[];
            id: string;
            maxAge: number;
            minAge: number;
            minSessions: number | null;
            name: string;
            /**
             * @description Half-years or calendar years, Europe/Oslo
             * @enum {unknown}
             */
            periodKind: "half_year" | "calendar_year";
            providerKinds: ("voluntary" | "municipal" | "commercial" | "private")[];
            /** @enum {unknown} */
            residence: "registered_resident" | "none";
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            startsOn: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description From this age the youth sees and uses the card alone */
            youthAge: number;
        };
        SchemeDetail: {
            activityKinds: ("organised" | "holiday" | "camp" | "tournament" | "event" | "experience" | "self_organised")[];
            /** @description Per child and period, in øre */
            amountOre: number;
            /** @description Set aside per period, in øre */
            budgetOre: number;
            /** Format: date-time */
            createdAt: string;
            currentPeriod: components["schemas"]["SchemePeriod"] | null;
            description: string;
            /**
             * @description universal: every child meeting the age and residence rule; means_tested: children placed by staff
             * @enum {unknown}
             */
            eligibility: "universal" | "means_tested";
            endsOn: string | null;
            /** @description Unspent money expires this many months after the period ends */
            expiryMonths: number;
            feeKinds: ("participation" | "licence" | "membership" | "equipment" | "cup" | "camp" | "event" | "ticket")[];
            id: string;
            maxAge: number;
            minAge: number;
            minSessions: number | null;
            name: string;
            /**
             * @description Half-years or calendar years, Europe/Oslo
             * @enum {unknown}
             */
            periodKind: "half_year" | "calendar_year";
            periods: components["schemas"]["SchemePeriod"][];
            providerKinds: ("voluntary" | "municipal" | "commercial" | "private")[];
            /** @enum {unknown} */
            residence: "registered_resident" | "none";
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            startsOn: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description From this age the youth sees and uses the card alone */
            youthAge: number;
        };
        SchemePeriod: {
            budgetOre: number;
            cards: number;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            expiresOn: string;
            /** @description Granted in the period (net of expired money returned) */
            grantedOre: number;
            /** @description A grant run has opened the period; population syncs then grant too */
            opened: boolean;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            periodEnd: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            periodStart: string;
            /** @description Paid from the cards */
            spentOre: number;
            /** @description Still on the cards */
            unspentOre: number;
        };
        Session: {
            authenticated: boolean;
            csrfToken?: string;
            kind?: "citizen" | "staff";
            memberships: {
                kommunenummer: string;
                municipalityName: string;
                roles: ("guardian" | "youth" | "provider_admin" | "venue_staff" | "caseworker" | "leisure_guide" | "municipality_admin" | "platform_operator")[];
            }[];
            name?: string;
            platformOperator?: boolean;
            roles: ("guardian" | "youth" | "provider_admin" | "venue_staff" | "caseworker" | "leisure_guide" | "municipality_admin" | "platform_operator")[];
        };
        SupportOffer: {
            active: boolean;
            categories: string[];
            contact: string | null;
            id: string;
            kind: "support_scheme" | "equipment_lending";
            maxAge: number | null;
            minAge: number | null;
            summary: string;
            title: string;
            url: string | null;
        };
        Ticket: {
            childId: string;
            childName: string;
            /** Format: date-time */
            claimedAt: string;
            /** @description The short code to type at the venue (XXX-XXX-XXX) */
            code: string;
            id: string;
            /** @enum {unknown} */
            kind: "cinema" | "pool" | "theatre" | "bowling" | "bus";
            offerId: string;
            redeemedAt: string | null;
            /** @enum {unknown} */
            status: "claimed" | "redeemed" | "expired";
            title: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            validFrom: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            validUntil: string;
            venueName: string;
        };
        TicketOffer: {
            /** @enum {unknown} */
            allocation: "families" | "caseworkers" | "both";
            /** @description Tickets claimed or allocated and not returned */
            claimed: number;
            /** Format: date-time */
            createdAt: string;
            id: string;
            /** @enum {unknown} */
            kind: "cinema" | "pool" | "theatre" | "bowling" | "bus";
            maxAge: number;
            minAge: number;
            perChildLimit: number;
            quantity: number;
            redeemed: number;
            schemeIds: string[];
            title: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            validFrom: string;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            validUntil: string;
            venueId: string;
            venueName: string;
        };
        TicketStatisticsRow: {
            ageGroup: string | null;
            claimed: number | null;
            expired: number | null;
            neighbourhood: string | null;
            offered: number | null;
            offerId: string;
            redeemed: number | null;
            title: string;
            venueName: string;
        };
        UploadedImage: {
            /** @description Height of the large copy in pixels */
            height: number;
            /** Format: uuid */
            id: string;
            /** @description Width of the large copy in pixels */
            width: number;
        };
        WalletHolder: {
            /** @description The scheme's youth age is reached: the youth uses the card alone too */
            actsAlone: boolean;
            /**
             * Format: date
             * @description Calendar date YYYY-MM-DD (Europe/Oslo)
             */
            birthDate: string;
            cards: {
                accountId: string;
                balanceOre: number;
                expired: boolean;
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                expiresOn: string;
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                periodEnd: string;
                /**
                 * Format: date
                 * @description Calendar date YYYY-MM-DD (Europe/Oslo)
                 */
                periodStart: string;
                schemeId: string;
                schemeName: string;
                transactions: {
                    activityId: string | null;
                    activityTitle: string | null;
                    /** @description Into the card (positive) or out of it (negative) */
                    amountOre: number;
                    /** Format: date-time */
                    at: string;
                    id: number;
                    /** @enum {unknown} */
                    reason: "grant" | "payment" | "refund" | "expiry" | "payout" | "top_up" | "reversal" | "release" | "hold";
                }[];
            }[];
            name: string;
            personId: string;
            /** @enum {unknown} */
            relation: "self" | "child";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
