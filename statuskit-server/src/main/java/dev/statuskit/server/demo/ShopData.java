package dev.statuskit.server.demo;

import java.util.List;
import java.util.Optional;

/** The demo shop's fixed data: the same on every run, so responses and their ETags are too. */
final class ShopData {
  private ShopData() {}

  record Price(String amount, String currency) {
    static Price euros(String amount) {
      return new Price(amount, "EUR");
    }
  }

  record Product(int id, String name, String category, String brand, Price price) {}

  record Line(int productId, int quantity) {}

  record Order(int id, int customerId, String status, List<Line> lines, Price total) {}

  record Customer(int id, String name, String email) {}

  record Store(int id, String city, String hours) {}

  record Coupon(String code, int percentOff, String validUntil) {}

  static final List<Product> PRODUCTS =
      List.of(
          new Product(1, "Blue ceramic mug", "mugs", "Kiln & Co", Price.euros("12.00")),
          new Product(2, "Espresso cups, set of 4", "mugs", "Kiln & Co", Price.euros("24.00")),
          new Product(3, "Pour-over kettle", "kettles", "Brewline", Price.euros("45.00")),
          new Product(4, "Burr grinder", "grinders", "Brewline", Price.euros("89.00")),
          new Product(5, "Travel mug", "mugs", "Roam", Price.euros("18.00")));

  /** A product that was sold once and is gone for good. */
  static final int DISCONTINUED_PRODUCT = 99;

  static final List<Order> ORDERS =
      List.of(
          new Order(1, 1, "shipped", List.of(new Line(1, 2), new Line(3, 1)), Price.euros("69.00")),
          new Order(2, 2, "processing", List.of(new Line(4, 1)), Price.euros("89.00")));

  static final List<Customer> CUSTOMERS =
      List.of(
          new Customer(1, "Ada Lovelace", "ada@example.com"),
          new Customer(2, "Grace Hopper", "grace@example.com"));

  static final List<Store> STORES =
      List.of(new Store(1, "Lisbon", "09:00-19:00"), new Store(2, "Utrecht", "10:00-18:00"));

  static final List<Line> CART = List.of(new Line(5, 1));

  static final Coupon VALID_COUPON = new Coupon("SPRING25", 25, "2030-06-30");
  static final Coupon EXPIRED_COUPON = new Coupon("WINTER21", 20, "2021-03-01");

  static Optional<Product> product(String id) {
    return PRODUCTS.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst();
  }

  static Optional<Order> order(String id) {
    return ORDERS.stream().filter(o -> String.valueOf(o.id()).equals(id)).findFirst();
  }

  static Optional<Customer> customer(String id) {
    return CUSTOMERS.stream().filter(c -> String.valueOf(c.id()).equals(id)).findFirst();
  }

  static List<String> categories() {
    return PRODUCTS.stream().map(Product::category).distinct().toList();
  }

  static List<String> brands() {
    return PRODUCTS.stream().map(Product::brand).distinct().toList();
  }
}
