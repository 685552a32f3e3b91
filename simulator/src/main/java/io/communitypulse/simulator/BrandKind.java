package io.communitypulse.simulator;

/** The trade a brand is in: decides how its members complain and praise. */
public enum BrandKind {
    SKINCARE,
    BABY,
    FRESH_FRUIT,
    FAST_FOOD
}
