package io.communitypulse.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.communitypulse.events.EventJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The simulated brands and their products, fixed so that SKUs are stable across runs and seeds. */
public record Catalogue(List<Brand> brands) {

    public Catalogue {
        brands = List.copyOf(brands);
    }

    public static Catalogue standard() {
        return new Catalogue(List.of(
                new Brand("yunshui", "云水肌", BrandKind.SKINCARE, List.of(
                        Product.of("ys-cream-50", "水光面霜", "239.00", "面霜", "水光霜"),
                        Product.of("ys-serum-30", "玻尿酸精华", "199.00", "精华", "小蓝瓶"),
                        Product.of("ys-cleanser-120", "氨基酸洗面奶", "79.00", "洗面奶", "洁面"),
                        Product.of("ys-sunscreen-150", "清透防晒喷雾", "129.00", "防晒喷雾", "防晒"),
                        Product.of("ys-mask-5", "修护面膜", "99.00", "面膜", "修护膜")),
                        List.of("小美", "小雅", "店长Linda", "美容顾问Amy"),
                        List.of("云水肌VIP福利群", "云水肌护肤交流群", "云水肌会员群")),
                new Brand("xiaoyaya", "小丫丫母婴", BrandKind.BABY, List.of(
                        Product.of("xy-formula-3", "有机奶粉3段", "358.00", "奶粉", "3段奶粉"),
                        Product.of("xy-diaper-l", "轻薄纸尿裤L码", "139.00", "纸尿裤", "尿不湿"),
                        Product.of("xy-wipes-80", "婴儿手口湿巾", "29.90", "湿巾", "手口湿巾"),
                        Product.of("xy-cereal-1", "高铁米粉", "68.00", "米粉", "宝宝米粉"),
                        Product.of("xy-toothpaste", "儿童益生菌牙膏", "39.00", "儿童牙膏", "牙膏")),
                        List.of("小丫", "育儿顾问王老师", "店长Cici", "小暖"),
                        List.of("小丫丫宝妈群", "小丫丫育儿交流群", "小丫丫会员福利群")),
                new Brand("guoxian", "果鲜生", BrandKind.FRESH_FRUIT, List.of(
                        Product.of("gx-kirin-melon", "麒麟西瓜", "39.90", "西瓜", "麒麟瓜"),
                        Product.of("gx-shine-grape", "阳光玫瑰葡萄", "59.90", "阳光玫瑰", "青提"),
                        Product.of("gx-navel-orange", "赣南脐橙", "49.90", "脐橙", "橙子"),
                        Product.of("gx-mango", "海南贵妃芒", "45.00", "芒果", "贵妃芒"),
                        Product.of("gx-blueberry", "蓝莓鲜果", "35.90", "蓝莓"),
                        Product.of("gx-hami", "新疆哈密瓜", "42.00", "哈密瓜", "蜜瓜")),
                        List.of("果果", "店长阿强", "小鲜"),
                        List.of("果鲜生社区团购群", "果鲜生福利群", "果鲜生门店群")),
                new Brand("nengliang", "能量堡", BrandKind.FAST_FOOD, List.of(
                        Product.of("nl-shake-choc", "巧克力代餐奶昔", "129.00", "奶昔", "代餐奶昔"),
                        Product.of("nl-chicken-burger", "鸡胸肉汉堡", "26.90", "鸡胸堡", "汉堡"),
                        Product.of("nl-protein-bar", "乳清蛋白棒", "89.00", "蛋白棒", "能量棒"),
                        Product.of("nl-americano", "冰美式", "15.00", "美式", "咖啡"),
                        Product.of("nl-salad", "牛油果轻食沙拉", "32.00", "沙拉", "轻食")),
                        List.of("小能", "营养师Mia", "店长Kevin"),
                        List.of("能量堡会员群", "能量堡减脂打卡群", "能量堡门店福利群"))));
    }

    public Brand brand(String id) {
        return brands.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no brand " + id));
    }

    public Optional<Product> product(String sku) {
        return brands.stream().flatMap(b -> b.products().stream()).filter(p -> p.sku().equals(sku)).findFirst();
    }

    /** The file the sentiment module's ProductCatalogue reads: {"brands":{"id":[{"sku","name","aliases"}]}}. */
    public String toJson() {
        ObjectNode root = EventJson.mapper().createObjectNode();
        ObjectNode byBrand = root.putObject("brands");
        for (Brand brand : brands) {
            ArrayNode products = byBrand.putArray(brand.id());
            for (Product product : brand.products()) {
                ObjectNode node = products.addObject();
                node.put("sku", product.sku());
                node.put("name", product.name());
                product.aliases().forEach(node.putArray("aliases")::add);
            }
        }
        try {
            return EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
