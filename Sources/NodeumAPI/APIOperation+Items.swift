extension APIOperation {
    /// The definition of the items a list operation answers (`tape` for `index_tapes`), from
    /// its 200 response: the array's items, or the items of the page's collection key.
    public var itemDefinition: APIDefinition? {
        guard let response = responses.first(where: { $0.status == 200 }), let name = response.definition,
              let definition = APICatalog.definition(name) else { return nil }
        if response.isArray { return definition }
        guard let key = itemsKey, let items = definition.property(named: key)?.definition else { return nil }
        return APICatalog.definition(items)
    }
}
