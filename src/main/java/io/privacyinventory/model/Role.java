package io.privacyinventory.model;

/** The organisation's role in an activity (controller record Art. 30(1) or processor record Art. 30(2)). */
public enum Role implements Coded {
    CONTROLLER,
    JOINT_CONTROLLER,
    PROCESSOR;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
