package io.communitypulse.simulator;

import java.util.List;

/**
 * A fictional brand with its catalogue and the names its staff go by in the groups.
 *
 * @param groupNames name stems of its groups, e.g. "福利群"
 * @param staffNames nicknames members @-mention, e.g. "小美"
 */
public record Brand(String id, String displayName, BrandKind kind, List<Product> products,
                    List<String> staffNames, List<String> groupNames) {

    public Brand {
        products = List.copyOf(products);
        staffNames = List.copyOf(staffNames);
        groupNames = List.copyOf(groupNames);
    }
}
