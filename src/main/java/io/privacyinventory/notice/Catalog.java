package io.privacyinventory.notice;

import io.privacyinventory.model.Activity;
import io.privacyinventory.model.Entity;
import io.privacyinventory.model.ModelPath;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** One of the inventory's lists, by id, with the path of each item (for fallback reports). */
final class Catalog<T extends Entity> {
    private final Map<String, T> byId = new LinkedHashMap<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final ModelPath list;

    Catalog(List<T> items, String listName) {
        this.list = ModelPath.ROOT.field(listName);
        for (int i = 0; i < items.size(); i++) {
            byId.putIfAbsent(items.get(i).id(), items.get(i));
            index.putIfAbsent(items.get(i).id(), i);
        }
    }

    T get(String id) {
        return byId.get(id);
    }

    Map<String, T> byId() {
        return byId;
    }

    ModelPath path(String id) {
        return list.index(index.getOrDefault(id, -1));
    }

    /** The items the given activities refer to, in the order of the inventory's list. */
    List<T> used(List<Activity> activities, Function<Activity, List<String>> references) {
        Set<String> ids = new LinkedHashSet<>();
        activities.forEach(activity -> ids.addAll(references.apply(activity)));
        return byId.values().stream().filter(item -> ids.contains(item.id())).toList();
    }
}
