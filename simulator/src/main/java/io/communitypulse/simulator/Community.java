package io.communitypulse.simulator;

import io.communitypulse.events.SenderRole;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated world: every brand's groups with their staff, bot and members. Member ids are
 * per brand ({@code u-yunshui-00042}) and never reused, so chat and orders share them.
 */
final class Community {

    final Catalogue catalogue;
    final List<Group> groups;
    private final int[] nextMember;

    private Community(Catalogue catalogue, List<Group> groups, int[] nextMember) {
        this.catalogue = catalogue;
        this.groups = List.copyOf(groups);
        this.nextMember = nextMember;
    }

    /** @param rosters draws the members beyond the first 25 to 145 of each group */
    static Community build(Catalogue catalogue, int groupCount, SplittableRandom random, SplittableRandom rosters) {
        List<Brand> brands = catalogue.brands();
        int[] nextMember = new int[brands.size()];
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < groupCount; g++) {
            int b = g % brands.size();
            Brand brand = brands.get(b);
            int number = g / brands.size() + 1;
            String groupId = String.format("g-%s-%04d", brand.id(), number);
            List<Person> staff = new ArrayList<>();
            // An owner, one or two assistants / shopping guides, named as the brand names them.
            int staffCount = 2 + random.nextInt(2);
            int first = random.nextInt(brand.staffNames().size());
            for (int s = 0; s < staffCount; s++) {
                String nick = brand.staffNames().get((first + s) % brand.staffNames().size());
                staff.add(new Person(String.format("s-%s-%03d-%d", brand.id(), number, s), nick, SenderRole.STAFF));
            }
            Person bot = new Person(String.format("bot-%s-%03d", brand.id(), number), "群助手", SenderRole.BOT);
            int size = 25 + random.nextInt(120);
            List<Person> members = new ArrayList<>(size);
            for (int m = 0; m < size; m++) {
                members.add(newMember(brand, b, nextMember, random));
            }
            // 50 to 500 members, most groups nearer 50; drawn apart, so the main stream stays as it was
            int realistic = 50 + (int) (450 * Math.pow(rosters.nextDouble(), 2));
            while (members.size() < realistic) {
                members.add(newMember(brand, b, nextMember, rosters));
            }
            String name = brand.groupNames().get(random.nextInt(brand.groupNames().size())) + number;
            int activity = 1 + random.nextInt(5);
            boolean quiet = random.nextInt(100) < 12 && number > 2; // every brand keeps two lively groups
            groups.add(new Group(groupId, brand, name, staff, bot, members, activity, quiet));
        }
        return new Community(catalogue, groups, nextMember);
    }

    /** A new person who just joined a group of this brand. */
    Person newMember(Brand brand, SplittableRandom random) {
        return newMember(brand, catalogue.brands().indexOf(brand), nextMember, random);
    }

    List<Group> groupsOf(Brand brand) {
        return groups.stream().filter(g -> g.brand.equals(brand)).toList();
    }

    private static Person newMember(Brand brand, int brandIndex, int[] next, SplittableRandom random) {
        int n = ++next[brandIndex];
        return new Person(String.format("u-%s-%05d", brand.id(), n), Nicknames.pick(random), SenderRole.MEMBER);
    }
}
