package io.communitypulse.sentiment.complaint.eval;

import java.util.List;

/**
 * The labelled group-chat files of the repository, as paths from its root: {@code data/chat/} (the two original
 * authors) and {@code data/chat/more/} (twenty-nine more, data/chat/more/README.md). One list for every tool that scores
 * them, so a new file is added once.
 */
public final class LabelledFiles {
    /** Where the files live, from the repository root. */
    public static final String FOLDER = "data/chat/";
    /** Every labelled file, in the order the tools print them. */
    public static final List<String> ALL = List.of(FOLDER + "complaints.tsv", FOLDER + "complaints_voices.tsv",
            FOLDER + "more/a_busy_groups.tsv", FOLDER + "more/b_asking.tsv", FOLDER + "more/c_families.tsv",
            FOLDER + "more/d_young.tsv", FOLDER + "more/e_busy_rare.tsv", FOLDER + "more/f_regional.tsv",
            FOLDER + "more/g_understated.tsv", FOLDER + "more/h_food_service.tsv",
            FOLDER + "more/i_home_and_self.tsv", FOLDER + "more/j_fashion_live.tsv", FOLDER + "more/k_group_buy.tsv",
            FOLDER + "more/l_appliance_service.tsv", FOLDER + "more/m_snack_fans.tsv",
            FOLDER + "more/n_home_furnishing.tsv", FOLDER + "more/o_travel_leisure.tsv",
            FOLDER + "more/q_car_owners.tsv", FOLDER + "more/r_kids_education.tsv",
            FOLDER + "more/s_appointment_services.tsv", FOLDER + "more/t_imported_gifts.tsv",
            FOLDER + "more/u_digital_services.tsv", FOLDER + "more/v_county_rural.tsv",
            FOLDER + "more/w_hobby_gear.tsv", FOLDER + "more/x_senior_wellness.tsv", FOLDER + "more/y_life_events.tsv",
            FOLDER + "more/z_living_services.tsv", FOLDER + "more/da_small_business.tsv",
            FOLDER + "more/db_finance_members.tsv", FOLDER + "more/dc_secondhand_trade.tsv",
            FOLDER + "more/dd_mobility_services.tsv");
    /**
     * The files whose dev lines train the shipped learned reader ({@code ./pulse complaints train}) and that the
     * leave-one-author-out proxy holds out in turn.
     */
    public static final List<String> TRAINING = ALL.subList(0, 27);

    private LabelledFiles() {
    }

    /** The path inside {@link #FOLDER}, as tables name a file ({@code more/b_asking.tsv}). */
    public static String shortName(String path) {
        return path.startsWith(FOLDER) ? path.substring(FOLDER.length()) : path;
    }
}
