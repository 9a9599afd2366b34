package dev.statuskit.server.demo;

import static dev.statuskit.server.demo.Quirk.FORBIDDEN_WITHOUT_CREDENTIALS;
import static dev.statuskit.server.demo.Quirk.HEAD_NOT_FOUND;
import static dev.statuskit.server.demo.Quirk.IGNORES_IF_NONE_MATCH;
import static dev.statuskit.server.demo.Quirk.NO_ALLOW_ON_405;
import static dev.statuskit.server.demo.Quirk.NO_REQUEST_ID;
import static dev.statuskit.server.demo.Quirk.OPTIONS_FAILS;
import static dev.statuskit.server.demo.Quirk.OWN_AUTH;
import static dev.statuskit.server.demo.Quirk.WRONG_METHOD_NOT_FOUND;
import static dev.statuskit.server.demo.Route.get;
import static dev.statuskit.server.demo.Route.post;

import java.util.List;

/** The demo API's surface, one line per endpoint; it reads like the table in the README. */
final class Routes {
  private Routes() {}

  static final List<Route> TABLE =
      List.of(
          // Done right (except /products/99, /search?q= and /coupons/WINTER21, see Shop).
          get("/products", Shop::products),
          get("/products/{id}", Shop::product),
          get("/orders", Shop::orders),
          get("/orders/{id}", Shop::order),
          get("/catalog", Shop::catalogMoved),
          get("/search", Shop::search),
          get("/coupons/{code}", Shop::coupon),
          // Planted mistakes, with the rules that should catch them.
          post("/checkout", Shop::checkout).with(NO_ALLOW_ON_405), // SK104
          get("/customers/{id}", Shop::customer), // SK403, SK201
          get("/admin/stats", Shop::adminStats).with(FORBIDDEN_WITHOUT_CREDENTIALS), // SK401
          get("/account", Shop::account).with(OWN_AUTH), // SK103
          get("/reports/export", Shop::exportReport).with(NO_REQUEST_ID), // SK307, SK302, SK305
          get("/legacy/catalog", Shop::legacyCatalog), // SK102
          get("/deals", Shop::deals), // SK111, SK118
          get("/recommendations", Shop::recommendations), // SK112
          get("/shipping/quote", Shop::shippingQuote), // SK114
          get("/faq", Shop::faq), // SK116
          get("/payments/status", Shop::paymentStatus), // SK201
          get("/categories", Shop::categories).with(IGNORES_IF_NONE_MATCH), // SK404
          get("/brands", Shop::brands).with(HEAD_NOT_FOUND), // SK405
          get("/stores", Shop::stores).with(WRONG_METHOD_NOT_FOUND), // SK402
          get("/cart", Shop::cart).with(OPTIONS_FAILS)); // SK406
}
