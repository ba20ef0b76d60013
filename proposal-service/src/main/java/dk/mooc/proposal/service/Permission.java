package dk.mooc.proposal.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the caller may do with a proposal right now; the SPA shows only these actions, the server checks again. */
@Schema(name = "ProposalPermission", description = "Something the caller may do with the proposal now")
public enum Permission {
    EDIT, REQUEST_CONSULTATION, ASSIGN_CONSULTANT, RECORD_CONSULTATION, REQUEST_ENDORSEMENTS,
    DECIDE_BOARD_APPROVAL, SIGN, SUBMIT, WITHDRAW
}
