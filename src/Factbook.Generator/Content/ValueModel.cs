namespace Factbook.Generator.Content
{
    internal enum ValueKind
    {
        Null,

        /// <summary>A value of a scalar kind, in that kind's canonical text; the field says which kind.</summary>
        Scalar,
        Enum,
        Reference,
        List,
        Object,

        /// <summary>A map field's value: its <see cref="ValueModel.Items"/> are its entries, in the file's order.</summary>
        Map,

        /// <summary>One entry of a map: the name in <see cref="ValueModel.Text"/>, the value its one item.</summary>
        MapEntry,

        /// <summary>A union field's value: <see cref="ValueModel.Text"/> the member's index, its one item the member's value.</summary>
        Union,

        /// <summary>A yaml field's value: its one item is the YAML as written, a Null, Scalar (its text), List or Map.</summary>
        Yaml,
    }

    /// <summary>
    /// A checked field value in canonical form: scalars as their kind's canonical text, enum member
    /// names, and for references the referenced entry's id (its key, an index, once assembled). Lists and objects hold their parts in
    /// <see cref="Items"/> (an object's in field order, absent fields as <see cref="ValueKind.Null"/>).
    /// </summary>
    internal sealed record ValueModel(ValueKind Kind, string Text, EquatableArray<ValueModel> Items)
    {
        public static readonly ValueModel Null = new(ValueKind.Null, string.Empty, EquatableArray<ValueModel>.Empty);

        public static readonly ValueModel EmptyList = new(ValueKind.List, string.Empty, EquatableArray<ValueModel>.Empty);

        public static readonly ValueModel EmptyMap = new(ValueKind.Map, string.Empty, EquatableArray<ValueModel>.Empty);

        public static ValueModel Scalar(ValueKind kind, string text) => new(kind, text, EquatableArray<ValueModel>.Empty);
    }
}
