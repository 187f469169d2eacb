package dev.patina.ops.filmstock;

import dev.patina.doc.params.Named;

/** The built-in film stocks: the id used in params and files, and the model that renders it. */
public enum Stock implements Named {
    PORTRA_400("portra-400", StockConstants.PORTRA_400),
    SUPERIA_400("superia-400", StockConstants.SUPERIA_400),
    EKTAR_100("ektar-100", StockConstants.EKTAR_100),
    TRI_X_400("tri-x-400", StockConstants.TRI_X_400),
    FADED_35MM("faded-35mm", StockConstants.FADED_35MM);

    private final String id;
    private final StockModel model;

    Stock(String id, StockModel model) {
        this.id = id;
        this.model = model;
    }

    @Override public String id() { return id; }

    StockModel model() { return model; }

    static Stock byId(String id) {
        for (Stock s : values()) if (s.id.equals(id)) return s;
        throw new IllegalArgumentException("unknown film stock " + id);
    }
}
