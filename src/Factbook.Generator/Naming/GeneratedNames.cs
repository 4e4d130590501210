using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Factbook.Generator.Schema;

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

        /// <summary>The public members every collection class declares besides its entries and reverse lookups.</summary>
        public static readonly string[] CollectionMembers = { "All", "AllIncludingRetired", "Count", "Get", "TryGet" };

        /// <summary>
        /// Members every generated record has (its own, those of every record, those of <c>object</c>); a field
        /// may not take their names, and a nested object's type may not either (CS0542).
        /// </summary>
        public static readonly IReadOnlyCollection<string> RecordMembers = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "Id", "Key", "Provenance", "IsRetired", "RetirementReason", "SupersededBy", "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct",
            "PrintMembers", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "Clone", // records may not have a member named Clone (CS8859)
        };

        /// <summary>Members of <c>object</c> that a static member of the same name would hide (CS0108).</summary>
        private static readonly string[] ObjectMembers = { "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };

        /// <summary><c>places</c> → <c>Places</c>.</summary>
        public static string CollectionClass(string collectionName) => Identifiers.ToPascalCase(collectionName);

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
                .Concat(ReverseLookups(type).Concat(type.IndexedFields).Select(Lookup));

        public static string ShapeHintName(string typeName) => typeName + ".g.cs";

        public static string MembersHintName(string typeName) => typeName + ".Members.g.cs";

        public static string TableHintName(string typeName, int chunk) => typeName + ".Table" + chunk.ToString(CultureInfo.InvariantCulture) + ".g.cs";
    }
}
