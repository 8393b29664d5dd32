package org.selfeval.summary.roster;

/**
 * One department the bureau expects a report from; {@code row} is the 1-based sheet row, for
 * messages.
 */
public record RosterEntry(String name, String budgetCode, String contact, String phone, int row) {

    public RosterEntry {
        name = name == null ? "" : name.strip();
        budgetCode = budgetCode == null ? "" : budgetCode.strip();
        contact = contact == null ? "" : contact.strip();
        phone = phone == null ? "" : phone.strip();
    }
}
