//! Typed keys into the loaded site: a locale (its place in `site.yaml`'s
//! list, which is also the order of `Site::catalogs`), a page (its place
//! in `Site::pages`, sorted by path), and a cell: one page in one locale,
//! the unit the localize and render stages work on. Keys are plain
//! numbers with a type, so a page index can never be passed as a locale.

/// A locale, by its place in the configuration (and `Site::catalogs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocaleId(pub u16);

/// A page, by its place in `Site::pages`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PageId(pub u32);

/// One page in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cell {
    pub locale: LocaleId,
    pub page: PageId,
}

impl LocaleId {
    /// The locale at `index` of the configuration. Sites have far fewer
    /// than 65,536 locales; an index past that saturates (and finds no
    /// catalog) rather than wrapping onto another locale.
    pub fn new(index: usize) -> LocaleId {
        LocaleId(u16::try_from(index).unwrap_or(u16::MAX))
    }

    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

impl PageId {
    /// The page at `index` of `Site::pages` (saturating, as `LocaleId::new`).
    pub fn new(index: usize) -> PageId {
        PageId(u32::try_from(index).unwrap_or(u32::MAX))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl Cell {
    pub fn new(locale: LocaleId, page: PageId) -> Cell {
        Cell { locale, page }
    }
}

/// Every cell of `locales` × `pages`, locale by locale.
pub fn cells(locales: impl IntoIterator<Item = LocaleId>, pages: std::ops::Range<usize>) -> Vec<Cell> {
    locales
        .into_iter()
        .flat_map(|locale| {
            pages
                .clone()
                .map(move |page| Cell::new(locale, PageId::new(page)))
        })
        .collect()
}
