package org.zhongben.portal.casefile;

/** How much of a party's ID number a reader may see. */
public enum IdDisclosure {
    /** the full number, decrypted: the court itself, and roles whose work requires it */
    FULL,
    /** first four and last four characters, e.g. {@code 3301**********1234} */
    MASKED
}
