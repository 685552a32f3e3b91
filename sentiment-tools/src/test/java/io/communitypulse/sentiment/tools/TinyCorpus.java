package io.communitypulse.sentiment.tools;

import io.communitypulse.sentiment.train.LabelledText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A few dozen labelled lines in the files and shapes the tools read (retail_train in nine categories, each
 * positives then negatives; waimai train and test; retail test; the two chat sets), written into a test's
 * temporary directory: {@code data/} stands for ../shared/data/sentiment, {@code chat/} for the chat sets.
 */
final class TinyCorpus {
    static final String[] PRODUCTS = {"书", "平板", "手机", "水果", "洗发水", "热水器", "牛奶", "衣服", "电脑"};
    static final int ROWS_PER_CATEGORY = 6;
    private static final String[] DISHES = {"米饭", "面条", "饺子", "炒饭", "鸡腿", "披萨", "汉堡", "奶茶", "烤鸭", "寿司", "馄饨", "拉面"};

    final Path data;
    final Path chat;

    private TinyCorpus(Path data, Path chat) {
        this.data = data;
        this.chat = chat;
    }

    static TinyCorpus writeTo(Path dir) throws IOException {
        TinyCorpus corpus = new TinyCorpus(Files.createDirectories(dir.resolve("data")),
                Files.createDirectories(dir.resolve("chat")));
        List<String> retail = new ArrayList<>();
        for (String product : PRODUCTS) {
            retail.addAll(List.of("1\t这个" + product + "很好，非常满意", "1\t" + product + "质量不错，推荐购买",
                    "1\t" + product + "用着很喜欢", "0\t这个" + product + "太差了，很失望", "0\t" + product + "质量不行，不推荐",
                    "0\t" + product + "用了两天就坏了，退货"));
        }
        corpus.write("retail_train.tsv", retail);
        List<String> waimai = new ArrayList<>();
        for (String dish : DISHES) {
            waimai.addAll(List.of("1\t" + dish + "很好吃，送得很快", "0\t" + dish + "太难吃了，送了两个小时"));
        }
        corpus.write("waimai_train.tsv", waimai);
        corpus.write("waimai_test.tsv", List.of("1\t牛肉面很好吃", "1\t汤很鲜，好评", "0\t菜都凉了，太难吃", "0\t等了三个多小时才到",
                "0\t差评，等了2", "0\t点的外卖太难吃了"));
        corpus.write("retail_test.tsv", List.of("1\t耳机音质很好，推荐", "0\t鞋子开胶了，很失望", "0\t物流太慢了，差评"));
        Files.write(corpus.chat.resolve("chat_test.tsv"), List.of("negative\t用了这个精华脸就过敏了",
                "negative\t又发霉了！上次买的也是这样", "neutral\t今天几点发货？", "positive\t很好用，推荐给大家"));
        Files.write(corpus.chat.resolve("chat_holdout.tsv"), List.of("negative\t吃了蛋白棒拉肚子了，真的无语",
                "positive\t味道不错，回购了"));
        return corpus;
    }

    /** The {@code -D} options of a training run that takes milliseconds (one epoch, 2^16 buckets), and {@code more}. */
    static Properties quickTraining(String... more) {
        Properties knobs = new Properties();
        knobs.setProperty("epochs", "1");
        knobs.setProperty("bits", "16");
        for (int i = 0; i < more.length; i += 2) {
            knobs.setProperty(more[i], more[i + 1]);
        }
        return knobs;
    }

    Path file(String name) {
        return data.resolve(name);
    }

    /** The rows of a file in folds 0 to {@code folds - 1}, those a cross-validation of that many folds scores. */
    long rowsInFirstFolds(String file, int folds) throws IOException {
        return LabelledText.read(file(file)).stream().filter(r -> Folds.of(r.text()) < folds).count();
    }

    private void write(String name, List<String> lines) throws IOException {
        Files.write(data.resolve(name), lines);
    }
}
