namespace Factbook.Generator.Schema
{
    /// <summary>
    /// The words of the schema language and the keys content may hold besides fields, as the readers
    /// (<see cref="SchemaReader"/>, <see cref="TypeBindingReader"/>, <c>EntryReader</c>) and both JSON Schema
    /// writers spell them.
    /// </summary>
    internal static class Keywords
    {
        // The root of a schema file.
        public const string Types = "types";

        // Object types declared once and used by the fields of any type: 'objects: { Related: { fields: … } }'.
        public const string Objects = "objects";

        // A type.
        public const string Collection = "collection";
        public const string Description = "description";
        public const string Display = "display";
        public const string Fields = "fields";

        // How a type reads YAML that exists (TypeBindingReader).
        public const string Files = "files";
        public const string Layout = "layout";
        public const string Id = "id";
        public const string Group = "group";
        public const string ExtraFields = "extra_fields";
        public const string Members = "members";

        // A type whose entries sit inside another's: 'in: Category', 'at: subcategories[].items[]', and the name of
        // the link to the entry that holds each one, 'parent: category'.
        public const string In = "in";
        public const string At = "at";
        public const string Parent = "parent";

        // A type's 'retired: { when: <field> }': entries with a value in that field are retired.
        public const string When = "when";

        // Inside 'id'.
        public const string From = "from";
        public const string Field = "field";

        // A field.
        public const string Type = "type";
        public const string Optional = "optional";
        public const string Default = "default";
        public const string Values = "values";
        public const string Index = "index";
        public const string VerbatimIn = "verbatim_in";
        public const string Pattern = "pattern";
        public const string Unique = "unique";

        // An optional field that a sibling's value makes required: 'required_when: { status: checked }'.
        public const string RequiredWhen = "required_when";

        // The C# name of the type an enum, object or union field declares, instead of its owner's name and its own.
        public const string Name = "name";

        // A field, or the root of a schema file for all its bool fields: 'booleans: yaml1.1'.
        public const string Booleans = "booleans";
        public const string Yaml11 = "yaml1.1";

        // Field types that are not scalar kinds.
        public const string Enum = "enum";
        public const string Object = "object";
        public const string Yaml = "yaml";

        // map<X>: a field of names to values.
        public const string Map = "map";

        // What every entry may hold besides its fields.
        public const string Retired = "retired";
        public const string Reason = "reason";
        public const string SupersededBy = "superseded_by";

        public static readonly string[] RootKeys = { Types, Objects, Booleans };

        public static readonly string[] BindingKeys = { Files, Layout, Id, Group, ExtraFields, Members, Retired, In, At, Parent };

        public static readonly string[] TypeKeys = { Collection, Description, Display, Fields, Files, Layout, Id, Group, ExtraFields, Members, Retired, In, At, Parent };

        public static readonly string[] FieldKeys = { Type, Description, Optional, Default, Values, Fields, Index, VerbatimIn, Pattern, Booleans, Unique, Name, RequiredWhen };

        /// <summary>The keys of an object under <c>objects</c>.</summary>
        public static readonly string[] ObjectKeys = { Description, Fields };

        /// <summary>The keys of <c>id</c>.</summary>
        public static readonly string[] IdKeys = { From, Field };

        /// <summary>The keys of <c>retired</c> when it is a mapping.</summary>
        public static readonly string[] RetiredKeys = { Reason, SupersededBy };

        /// <summary>Keys every entry has already, which a field may not take.</summary>
        public static readonly string[] EntryKeys = { Id, Retired };
    }
}
