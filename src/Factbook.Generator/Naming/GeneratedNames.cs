namespace Factbook.Generator.Naming
{
    /// <summary>
    /// Every name the generated code declares, decided here and nowhere else: the schema reader claims them
    /// (and reports collisions), the assembler keeps ids from becoming them, the emitters print them, so a name
    /// cannot be generated that no check knew of.
    /// </summary>
    internal static class GeneratedNames
    {
        /// <summary>The hint name of the shared support code; the <c>Factbook.</c> prefix keeps it apart from every type's files.</summary>
        public const string SupportHintName = "Factbook.Support.g.cs";

        /// <summary>
        /// The nested class of every generated record that holds its plumbing. It starts with '_', which no
        /// PascalCased name and no storage field (camelCased from one) does, so it cannot collide.
        /// </summary>
        public const string Plumbing = "__factbook";

        /// <summary>
        /// The most entries of one collection that get a member each (<c>Places.Kaliningrad</c>) and a named id:
        /// the runtime refuses a class of more than 65,535 methods, and each member is a getter. Larger
        /// collections are reached by <c>Get</c>, <c>TryGet</c> and <c>All</c>, with FB0043.
        /// </summary>
        public const int MaxEntryMembers = 50_000;

        /// <summary>Whether the entries of a type get a member each: unless the schema says <c>members: none</c> or there are too many.</summary>
        public static bool HasEntryMembers(Schema.TypeSpec type, int entries) => type.Binding.EntryMembers && entries <= MaxEntryMembers;

        /// <summary>The public members every collection class declares besides its entries and reverse lookups.</summary>
        public static readonly string[] CollectionMembers = { FixedNames.All, FixedNames.AllIncludingRetired, FixedNames.Count, FixedNames.Get, FixedNames.TryGet };

        // The members every generated record declares besides its fields.
        public const string Id = "Id";
        public const string Key = "Key";
        public const string Provenance = "Provenance";
        public const string IsRetired = "IsRetired";
        public const string RetirementReason = "RetirementReason";
        public const string SupersededBy = "SupersededBy";

        /// <summary>
        /// The private members of every collection class and plumbing class. They are lowercase, so no PascalCased
        /// id or field can take them.
        /// </summary>
        public static class Private
        {
            /// <summary>The collection's <c>FactbookTable</c>.</summary>
            public const string Data = "data";

            /// <summary>How many entries there are, retired ones included.</summary>
            public const string Total = "total";

            /// <summary>The chunk number → table bytes switch.</summary>
            public const string Table = "table";

            /// <summary>The entry with a key, for members.</summary>
            public const string At = "at";

            /// <summary>The plumbing method that decodes a chunk into entries.</summary>
            public const string Fill = "fill";

            /// <summary>The plumbing method that decodes a nested object.</summary>
            public const string Read = "read";

            /// <summary>The storage of <see cref="GeneratedNames.SupersededBy"/>, as a key.</summary>
            public const string SupersededBy = "@supersededBy";
        }

        /// <summary>
        /// Members every generated record has (its own, those of every record, those of <c>object</c>); a field
        /// may not take their names, and a nested object's type may not either (CS0542).
        /// </summary>
        public static readonly IReadOnlyCollection<string> RecordMembers = new HashSet<string>(System.StringComparer.Ordinal)
        {
            Id, Key, Provenance, IsRetired, RetirementReason, SupersededBy, "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct",
            "PrintMembers", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "Clone", // records may not have a member named Clone (CS8859)
        };

        /// <summary>Members of <c>object</c> that a static member of the same name would hide (CS0108).</summary>
        private static readonly string[] ObjectMembers = { "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };

        /// <summary><c>places</c> → <c>Places</c>.</summary>
        public static string CollectionClass(string collectionName) => Identifiers.ToPascalCase(collectionName);

        /// <summary><c>part_of</c> → <c>PartOf</c>: a field's property.</summary>
        public static string Property(string fieldName) => Identifiers.ToPascalCase(fieldName);

        /// <summary>
        /// <c>in-force</c> → <c>InForce</c>, <c>CVSS_V3</c> → <c>CvssV3</c>: an enum value's member, by the rule ids follow
        /// (<see cref="MemberNames"/>), so a dataset's values read as its ids do.
        /// </summary>
        public static string EnumMember(string value) => MemberNames.FromId(value);

        /// <summary>Names an enum's members may not take: its own <c>value__</c> field is hidden, but these come from <c>System.Enum</c> and <c>object</c> and would hide them.</summary>
        public static readonly string[] EnumTypeMembers = { "Equals", "GetHashCode", "GetType", "ToString", "HasFlag", "CompareTo", "GetTypeCode", "MemberwiseClone", "Finalize" };

        /// <summary>The members every union type declares besides one property per case.</summary>
        public static readonly string[] UnionMembers = { "Kind", "Match", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "EqualityContract", "PrintMembers", "Deconstruct", "Value", Plumbing };

        /// <summary><c>ItemOrganization</c> → <c>ItemOrganizationKind</c>: the enum of a union's cases.</summary>
        public static string UnionKind(string unionType) => unionType + "Kind";

        /// <summary><c>Claim</c> and <c>Status</c> → <c>ClaimStatus</c>: the type an enum or object field declares.</summary>
        public static string FieldType(string ownerName, string property) => ownerName + property;

        /// <summary><c>PartOf</c> → <c>@partOf</c>: a field's constructor parameter, and the storage of a reference.</summary>
        public static string Storage(FieldSpec field) => "@" + Camel(field.PropertyName);

        /// <summary>The cache of a list of references, resolved on first use.</summary>
        public static string ResolvedCache(FieldSpec field) => Storage(field) + "_resolved";

        /// <summary>The cache of a lookup (<see cref="Lookup"/>), built on first use.</summary>
        public static string LookupCache(FieldSpec field) => Camel(Lookup(field));

        /// <summary>The cache of an index lookup, built on first use.</summary>
        public static string LookupCache(IndexPath path) => Camel(path.LookupName);

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

        /// <summary><c>Place</c> → <c>PlaceId</c>.</summary>
        public static string IdEnum(string typeName) => typeName + "Id";

        /// <summary><c>Place</c> → <c>PlaceRefAttribute</c>, written <c>[PlaceRef("…")]</c>.</summary>
        public static string RefAttribute(string typeName) => typeName + "RefAttribute";

        /// <summary>The static class holding <c>ToText()</c> for an enum field's type.</summary>
        public static string EnumExtensions(string enumTypeName) => enumTypeName + "Extensions";

        /// <summary>The reference fields of a type: each gets a reverse lookup on the type's collection class.</summary>
        public static IEnumerable<FieldSpec> ReverseLookups(TypeSpec type) => type.Fields.Where(field => field.Kind == FieldKind.Reference);

        /// <summary><c>part_of</c> → <c>ByPartOf</c>: the reverse lookup of a reference, or the lookup of an indexed field.</summary>
        public static string Lookup(FieldSpec field) => "By" + field.PropertyName;

        /// <summary>The plumbing method giving the keys a reverse lookup indexes.</summary>
        public static string KeysOf(FieldSpec field) => "keysOf" + field.PropertyName;

        /// <summary>Names a collection class has already, which an id's member may not take.</summary>
        public static IEnumerable<string> CollectionClassMembers(TypeSpec type) =>
            CollectionMembers.Concat(new[] { type.CollectionClass, type.IdEnum }).Concat(ObjectMembers)
                .Concat(ReverseLookups(type).Select(Lookup)).Concat(type.IndexedPaths.Select(path => path.LookupName));

        public static string ShapeHintName(string typeName) => typeName + ".g.cs";

        public static string MembersHintName(string typeName) => typeName + ".Members.g.cs";

        public static string TableHintName(string typeName, int chunk) => typeName + ".Table" + chunk.ToString(CultureInfo.InvariantCulture) + ".g.cs";
    }
}
