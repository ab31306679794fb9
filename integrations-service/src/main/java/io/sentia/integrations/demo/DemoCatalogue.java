package io.sentia.integrations.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed catalogue of "Highland &amp; Harbour Spirits": its suppliers, products, gift
 * sets and trade customers. Changing anything here changes the generated dataset, so it
 * goes with a new {@link DemoDatasetGenerator#VERSION}.
 */
final class DemoCatalogue {

	static final DemoSupplier THAMES = new DemoSupplier("SUP-THAMES", "Thames Botanical Distillers Ltd", "GBP", 21, 30);

	static final DemoSupplier BALTIC = new DemoSupplier("SUP-BALTIC", "Baltic Grain Spirits OÜ", "EUR", 28, 30);

	static final DemoSupplier CANE = new DemoSupplier("SUP-CANE", "Caribbean Cane Partners Inc.", "USD", 56, 45);

	static final DemoSupplier SPEY = new DemoSupplier("SUP-SPEY", "Speyside Cask Partners Ltd", "GBP", 42, 30);

	static final DemoSupplier ORCHARD = new DemoSupplier("SUP-ORCHARD", "Orchard Liqueur House Ltd", "GBP", 30, 30);

	static final DemoSupplier MINIATURES = new DemoSupplier("SUP-MINI", "Miniature Bottling Company Ltd", "GBP", 35,
			30);

	private static final Set<DemoStore> UK = EnumSet.of(DemoStore.SHOPIFY_UK);

	private static final Set<DemoStore> UK_EU = EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_EU);

	private static final Set<DemoStore> EUROPE = EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_EU,
			DemoStore.AMAZON_UK);

	private static final Set<DemoStore> RETAIL = EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_EU,
			DemoStore.SHOPIFY_US, DemoStore.AMAZON_UK, DemoStore.AMAZON_US);

	private static final Set<DemoStore> EVERYWHERE = EnumSet.allOf(DemoStore.class);

	private static final List<DemoSupplier> SUPPLIERS = List.of(THAMES, BALTIC, CANE, SPEY, ORCHARD, MINIATURES);

	private static final List<DemoProduct> PRODUCTS = buildProducts();

	private static final Map<String, DemoProduct> BY_SKU = index(PRODUCTS);

	private static final List<TradeCustomer> TRADE_CUSTOMERS = List.of(
			new TradeCustomer("TRD-ANCHOR", "The Anchor Inn Group", 30, -4, 2, 3.0),
			new TradeCustomer("TRD-CALEDON", "Caledonian Fine Wines Ltd", 30, -2, 6, 2.5),
			new TradeCustomer("TRD-BOROUGH", "Borough Cellars", 30, 5, 18, 2.0),
			new TradeCustomer("TRD-MORRISON", "Morrison & Fyfe Hotels", 60, 15, 45, 1.5),
			new TradeCustomer("TRD-PORTSIDE", "Portside Bars Ltd", 30, 0, 10, 1.5),
			new TradeCustomer("TRD-NORAIL", "Northern Rail Catering Services", 60, 25, 70, 1.0));

	private DemoCatalogue() {
	}

	static List<DemoSupplier> suppliers() {
		return SUPPLIERS;
	}

	static List<DemoProduct> products() {
		return PRODUCTS;
	}

	static DemoProduct product(String sku) {
		DemoProduct product = BY_SKU.get(sku);
		if (product == null) {
			throw new IllegalArgumentException("No demo product " + sku);
		}
		return product;
	}

	static DemoSupplier supplier(String code) {
		return SUPPLIERS.stream()
			.filter((supplier) -> supplier.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No demo supplier " + code));
	}

	static List<TradeCustomer> tradeCustomers() {
		return TRADE_CUSTOMERS;
	}

	private static List<DemoProduct> buildProducts() {
		List<DemoProduct> bottles = List.of(
				bottle("HH-GIN-LD-70", "Harbour London Dry Gin 70cl", ProductCategory.GIN, 700, "41.5", "34.00", "9.80",
						THAMES, 10.0, EVERYWHERE),
				bottle("HH-GIN-LD-50", "Harbour London Dry Gin 50cl", ProductCategory.GIN, 500, "41.5", "27.00", "7.60",
						THAMES, 3.5, EUROPE),
				bottle("HH-GIN-LD-05", "Harbour London Dry Gin 5cl", ProductCategory.GIN, 50, "41.5", "5.50", "1.45",
						MINIATURES, 2.5, EUROPE),
				bottle("HH-GIN-RHU-70", "Pink Rhubarb Gin 70cl", ProductCategory.GIN, 700, "37.5", "32.00", "9.10",
						THAMES, 7.0, EVERYWHERE),
				bottle("HH-GIN-RHU-05", "Pink Rhubarb Gin 5cl", ProductCategory.GIN, 50, "37.5", "5.00", "1.35",
						MINIATURES, 1.8, EUROPE),
				bottle("HH-GIN-NAV-70", "Navy Strength Gin 70cl", ProductCategory.GIN, 700, "57.0", "42.00", "12.40",
						THAMES, 2.5,
						EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_EU, DemoStore.SHOPIFY_US,
								DemoStore.AMAZON_UK, DemoStore.WHOLESALE_UK)),
				bottle("HH-GIN-SEA-70", "Coastal Seaweed Gin 70cl", ProductCategory.GIN, 700, "43.0", "36.00", "10.60",
						THAMES, 4.0, EVERYWHERE),
				bottle("HH-GIN-SEA-05", "Coastal Seaweed Gin 5cl", ProductCategory.GIN, 50, "43.0", "5.50", "1.50",
						MINIATURES, 1.0, EUROPE),
				bottle("HH-GIN-OLD-70", "Old Tom Gin 70cl", ProductCategory.GIN, 700, "40.0", "35.00", "10.20", THAMES,
						0.5, UK),
				bottle("HH-VOD-GRN-70", "Highland Grain Vodka 70cl", ProductCategory.VODKA, 700, "40.0", "30.00",
						"8.20", BALTIC, 6.0, EVERYWHERE),
				bottle("HH-VOD-GRN-50", "Highland Grain Vodka 50cl", ProductCategory.VODKA, 500, "40.0", "24.00",
						"6.40", BALTIC, 2.0, EUROPE),
				bottle("HH-VOD-GRN-05", "Highland Grain Vodka 5cl", ProductCategory.VODKA, 50, "40.0", "4.50", "1.20",
						MINIATURES, 0.9, EUROPE),
				bottle("HH-VOD-BUC-70", "Sea Buckthorn Vodka 70cl", ProductCategory.VODKA, 700, "37.5", "32.00", "9.00",
						BALTIC, 1.5, EUROPE),
				bottle("HH-VOD-SMK-70", "Peat Smoked Vodka 70cl", ProductCategory.VODKA, 700, "40.0", "38.00", "11.00",
						BALTIC, 0.4, UK),
				bottle("HH-RUM-SPC-70", "Spiced Harbour Rum 70cl", ProductCategory.RUM, 700, "40.0", "32.00", "8.90",
						CANE, 7.0, EVERYWHERE),
				bottle("HH-RUM-SPC-50", "Spiced Harbour Rum 50cl", ProductCategory.RUM, 500, "40.0", "25.00", "7.00",
						CANE, 2.0, EUROPE),
				bottle("HH-RUM-SPC-05", "Spiced Harbour Rum 5cl", ProductCategory.RUM, 50, "40.0", "5.00", "1.30",
						MINIATURES, 1.4, EUROPE),
				bottle("HH-RUM-NAV-70", "Dark Navy Rum 70cl", ProductCategory.RUM, 700, "54.5", "38.00", "11.20", CANE,
						3.0, EVERYWHERE),
				bottle("HH-RUM-WHT-70", "White Harbour Rum 70cl", ProductCategory.RUM, 700, "40.0", "28.00", "7.80",
						CANE, 2.0, EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_EU, DemoStore.SHOPIFY_US)),
				bottle("HH-RUM-PX-70", "Sherry Cask Rum 70cl", ProductCategory.RUM, 700, "46.0", "55.00", "17.50", CANE,
						0.5, EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_US)),
				bottle("HH-WSK-12-70", "Highland Single Malt 12 Year Old 70cl", ProductCategory.WHISKY, 700, "40.0",
						"48.00", "15.20", SPEY, 6.0, EVERYWHERE),
				bottle("HH-WSK-12-05", "Highland Single Malt 12 Year Old 5cl", ProductCategory.WHISKY, 50, "40.0",
						"6.50", "1.90", MINIATURES, 1.5, EUROPE),
				bottle("HH-WSK-18-70", "Highland Single Malt 18 Year Old 70cl", ProductCategory.WHISKY, 700, "43.0",
						"95.00", "34.00", SPEY, 0.8, RETAIL),
				bottle("HH-WSK-BLD-70", "Harbour Blended Scotch 70cl", ProductCategory.WHISKY, 700, "40.0", "28.00",
						"7.90", SPEY, 5.0, EVERYWHERE),
				bottle("HH-WSK-BLD-50", "Harbour Blended Scotch 50cl", ProductCategory.WHISKY, 500, "40.0", "22.00",
						"6.20", SPEY, 1.5, EUROPE),
				bottle("HH-WSK-PEA-70", "Peated Single Malt 70cl", ProductCategory.WHISKY, 700, "46.0", "52.00",
						"16.80", SPEY, 2.5, EVERYWHERE),
				bottle("HH-WSK-PEA-05", "Peated Single Malt 5cl", ProductCategory.WHISKY, 50, "46.0", "7.00", "2.05",
						MINIATURES, 0.9, EUROPE),
				limitedRelease(bottle("HH-WSK-CSK-70", "Cask Strength Limited Release 70cl", ProductCategory.WHISKY,
						700, "58.2", "120.00", "41.00", SPEY, 0.6,
						EnumSet.of(DemoStore.SHOPIFY_UK, DemoStore.SHOPIFY_EU, DemoStore.SHOPIFY_US))),
				bottle("HH-LIQ-RAS-50", "Raspberry Gin Liqueur 50cl", ProductCategory.LIQUEUR, 500, "20.0", "24.00",
						"6.10", ORCHARD, 3.0, EUROPE),
				bottle("HH-LIQ-RAS-05", "Raspberry Gin Liqueur 5cl", ProductCategory.LIQUEUR, 50, "20.0", "4.50",
						"1.10", MINIATURES, 0.8, EUROPE),
				bottle("HH-LIQ-SLO-50", "Sloe Gin 50cl", ProductCategory.LIQUEUR, 500, "26.0", "26.00", "6.80", ORCHARD,
						2.0, EUROPE),
				bottle("HH-LIQ-CFE-50", "Cold Brew Coffee Liqueur 50cl", ProductCategory.LIQUEUR, 500, "25.0", "25.00",
						"6.60", ORCHARD, 2.0, RETAIL),
				bottle("HH-LIQ-ELD-50", "Elderflower Liqueur 50cl", ProductCategory.LIQUEUR, 500, "20.0", "23.00",
						"5.90", ORCHARD, 1.2, UK_EU),
				bottle("HH-LIQ-HON-50", "Heather Honey Whisky Liqueur 50cl", ProductCategory.LIQUEUR, 500, "30.0",
						"28.00", "7.70", ORCHARD, 1.5, RETAIL),
				bottle("HH-LIQ-CHR-05", "Cherry Liqueur 5cl", ProductCategory.LIQUEUR, 50, "20.0", "4.50", "1.10",
						MINIATURES, 0.4, UK));
		Map<String, DemoProduct> bottlesBySku = index(bottles);
		List<DemoProduct> all = new ArrayList<>(bottles);
		all.add(giftSet(bottlesBySku, "HH-GFT-GIN-TRIO", "Gin Tasting Trio Gift Set", "15.00", 3.0, RETAIL,
				component("HH-GIN-LD-05", 1), component("HH-GIN-RHU-05", 1), component("HH-GIN-SEA-05", 1)));
		all.add(giftSet(bottlesBySku, "HH-GFT-MINI-6", "Explorer Miniatures Gift Set", "29.00", 2.0, RETAIL,
				component("HH-GIN-LD-05", 1), component("HH-GIN-RHU-05", 1), component("HH-VOD-GRN-05", 1),
				component("HH-RUM-SPC-05", 1), component("HH-WSK-12-05", 1), component("HH-LIQ-RAS-05", 1)));
		all.add(giftSet(bottlesBySku, "HH-GFT-WSK-DUO", "Highland Whisky Duo Gift Set", "13.00", 1.0, EUROPE,
				component("HH-WSK-12-05", 1), component("HH-WSK-PEA-05", 1)));
		all.add(giftSet(bottlesBySku, "HH-GFT-DAD", "Father's Day Dram Set", "58.00", 0.4, RETAIL,
				component("HH-WSK-12-70", 1), component("HH-WSK-PEA-05", 1), component("HH-RUM-SPC-05", 1)));
		all.add(giftSet(bottlesBySku, "HH-GFT-XMAS-12", "Twelve Drams of Christmas", "65.00", 1.2, RETAIL,
				component("HH-GIN-LD-05", 2), component("HH-GIN-RHU-05", 1), component("HH-GIN-SEA-05", 1),
				component("HH-VOD-GRN-05", 1), component("HH-RUM-SPC-05", 2), component("HH-WSK-12-05", 2),
				component("HH-WSK-PEA-05", 1), component("HH-LIQ-RAS-05", 1), component("HH-LIQ-CHR-05", 1)));
		all.add(giftSet(bottlesBySku, "HH-GFT-GIN-PACK", "Harbour Gin Gift Pack", "38.00", 1.5, EUROPE,
				component("HH-GIN-LD-70", 1), component("HH-GIN-RHU-05", 1)));
		return List.copyOf(all);
	}

	private static DemoProduct bottle(String sku, String name, ProductCategory category, int volumeMl, String abv,
			String rrp, String cost, DemoSupplier supplier, double popularity, Set<DemoStore> listedIn) {
		boolean miniature = volumeMl <= 50;
		int casePack = miniature ? 24 : 6;
		int minimumOrderQuantity = miniature ? 1200 : ((volumeMl >= 700) ? 300 : 240);
		return new DemoProduct(sku, name, category, volumeMl, new BigDecimal(abv), new BigDecimal(rrp),
				new BigDecimal(cost), supplier.code(), casePack, minimumOrderQuantity, popularity, listedIn, List.of(),
				false, planningBias(sku));
	}

	/**
	 * A few lines the brand's plan under-estimates, so their stock runs out now and then.
	 */
	private static double planningBias(String sku) {
		return switch (sku) {
			case "HH-GIN-SEA-70", "HH-LIQ-RAS-50" -> 0.75;
			case "HH-WSK-PEA-70" -> 0.85;
			default -> 1.0;
		};
	}

	private static DemoProduct limitedRelease(DemoProduct product) {
		return new DemoProduct(product.sku(), product.name(), product.category(), product.volumeMl(),
				product.abvPercent(), product.rrpGbp(), product.unitCostGbp(), product.supplierCode(),
				product.casePack(), product.minimumOrderQuantity(), product.popularity(), product.listedIn(),
				product.components(), true, product.planningBias());
	}

	private static DemoProduct giftSet(Map<String, DemoProduct> bottles, String sku, String name, String rrp,
			double popularity, Set<DemoStore> listedIn, BundleComponent... components) {
		// Gift sets are kitted at the shipping location: their cost is the bottles plus
		// the box.
		BigDecimal cost = new BigDecimal("2.50");
		for (BundleComponent component : components) {
			DemoProduct bottle = bottles.get(component.sku());
			if (bottle == null) {
				throw new IllegalStateException(sku + " names an unknown component " + component.sku());
			}
			cost = cost.add(bottle.unitCostGbp().multiply(BigDecimal.valueOf(component.quantity())));
		}
		return new DemoProduct(sku, name, ProductCategory.GIFT_SET, 0, BigDecimal.ZERO.setScale(1), new BigDecimal(rrp),
				cost.setScale(2, RoundingMode.HALF_UP), null, 1, 1, popularity, listedIn, Arrays.asList(components),
				false, 1.0);
	}

	private static BundleComponent component(String sku, int quantity) {
		return new BundleComponent(sku, quantity);
	}

	private static Map<String, DemoProduct> index(List<DemoProduct> products) {
		Map<String, DemoProduct> bySku = new LinkedHashMap<>();
		for (DemoProduct product : products) {
			if (bySku.put(product.sku(), product) != null) {
				throw new IllegalStateException("Duplicate demo SKU " + product.sku());
			}
		}
		return bySku;
	}

}
