-- The catalogue now says what kind of product a SKU is (catalog.products.v1 "category"), so sales
-- can be grouped by it. Products stored before keep NULL until their next event.
ALTER TABLE product ADD COLUMN category TEXT;
