package io.communitypulse.simulator;

import java.util.List;
import java.util.SplittableRandom;

/** WeChat-style nicknames composed from parts, so thousands of members are not all "小鱼儿". */
final class Nicknames {

    private static final List<String> HEADS = List.of(
            "小", "阿", "大", "老", "", "", "Miss", "", "胖", "甜", "小小", "糖", "", "Ms.");
    private static final List<String> STEMS = List.of(
            "鱼儿", "雪", "玲", "猫咪", "兔", "菲菲", "晨", "静", "花花", "月亮", "桃子", "橙子", "豆豆", "悦悦",
            "Lily", "Coco", "Vivian", "安安", "乐乐", "宝妈", "果冻", "芒果", "星星", "向日葵", "奶茶", "丸子",
            "阳光", "小米", "晴天", "Amber", "琪琪", "妞妞", "燕子", "蓝天", "梅");
    private static final List<String> TAILS = List.of(
            "", "", "", "妈妈", "🌸", "_", "酱", "2018", "🍀", "~", "呀", "的妈", "姐", "宝", "88", "😊");

    private Nicknames() {}

    static String pick(SplittableRandom random) {
        return one(HEADS, random) + one(STEMS, random) + one(TAILS, random);
    }

    private static String one(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
