using SrmAnalyzers.Tests.Infrastructure;
using static SrmAnalyzers.Tests.Core.LeastPrivilege.LeastPrivilegeTestCode;

namespace SrmAnalyzers.Tests.Core.LeastPrivilege
{
    /// <summary>
    /// The table of a <c>DynamoDBContext</c> call is the SDK's: the context's or operation's
    /// <c>TableNamePrefix</c> before the item type's <c>[DynamoDBTable]</c> name (or the operation's override).
    /// A prefix the code does not fix, or a context whose configuration it does not show, gives <c>*</c>, never
    /// the bare name, which would be denied at run time. SDK v4 (the DynamoDB package the tests have).
    /// </summary>
    public class DynamoDBContextTableTests
    {
        private const string Usings = "using Amazon.DynamoDBv2; using Amazon.DynamoDBv2.DataModel; using System.Threading.Tasks;";
        private const string Order = @"[DynamoDBTable(""Orders"")] public class Order { [DynamoDBHashKey] public string Id { get; set; } = """"; }";
        private const string Prod = "arn:aws:dynamodb:*:*:table/prod-Orders";

        [Theory]
        [InlineData(@"new DynamoDBContext(client, new DynamoDBContextConfig { TableNamePrefix = ""prod-"" })", new[] { "dynamodb:DescribeTable " + Prod, "dynamodb:UpdateItem " + Prod })]
        [InlineData(@"new DynamoDBContext(client, new DynamoDBContextConfig { TableNamePrefix = Prefix, DisableFetchingTableMetadata = true })", new[] { "dynamodb:UpdateItem " + Prod })]
        [InlineData(@"new DynamoDBContext(client, new DynamoDBContextConfig { TableNamePrefix = System.Environment.GetEnvironmentVariable(""STAGE"") })", new[] { "dynamodb:DescribeTable *", "dynamodb:UpdateItem *" })]
        [InlineData(@"new DynamoDBContext(client, Config())", new[] { "dynamodb:DescribeTable *", "dynamodb:UpdateItem *" })]
        [InlineData(@"new DynamoDBContext(client, new DynamoDBContextConfig { TableNamePrefix = """" })", new[] { "dynamodb:DescribeTable arn:aws:dynamodb:*:*:table/Orders", "dynamodb:UpdateItem arn:aws:dynamodb:*:*:table/Orders" })]
        public void Context_config_prefix_comes_before_the_table_name(string contextCreation, string[] expected) =>
            Assert.Equal(expected, Lines(Assert.Single(Calls(Compile(Sdk.V4, Usings + Order + @"
class Store
{
#pragma warning disable CS0618
    private const string Prefix = ""prod-"";
    static DynamoDBContextConfig Config() => new DynamoDBContextConfig();
    async Task Run(IAmazonDynamoDB client)
    {
        var context = " + contextCreation + @";
        await context.SaveAsync(new Order());
    }
}")))));

        [Fact]
        public void Context_in_a_field_created_in_the_constructor_keeps_its_prefix() =>
            Assert.Equal(
                new[] { "dynamodb:GetItem " + Prod },
                Lines(Assert.Single(Calls(Compile(Sdk.V4, Usings + Order + @"
class Store
{
#pragma warning disable CS0618
    private readonly IDynamoDBContext _context;
    public Store(IAmazonDynamoDB client)
    {
        _context = new DynamoDBContext(client, new DynamoDBContextConfig { TableNamePrefix = ""prod-"", DisableFetchingTableMetadata = true });
    }

    Task<Order> Find(string id) => _context.LoadAsync<Order>(id);
}")))));

        [Theory]
        [InlineData("public Store(IDynamoDBContext context) { _context = context; }")]
        [InlineData("public Store(IAmazonDynamoDB client, DynamoDBContextConfig config) { _context = new DynamoDBContext(client, config); }")]
        public void Context_whose_configuration_is_out_of_sight_is_on_any_table(string constructor) =>
            Assert.Equal(
                new[] { "dynamodb:DescribeTable *", "dynamodb:GetItem *" },
                Lines(Assert.Single(Calls(Compile(Sdk.V4, Usings + Order + @"
class Store
{
    private readonly IDynamoDBContext _context;
    " + constructor + @"
    Task<Order> Find(string id) => _context.LoadAsync<Order>(id);
}")))));

        [Fact]
        public void Context_received_as_a_parameter_is_on_any_table() =>
            Assert.Equal(
                new[] { "dynamodb:DeleteItem *", "dynamodb:DescribeTable *" },
                Lines(Assert.Single(Calls(Compile(Sdk.V4, Usings + Order + @"
class Store
{
    Task Remove(IDynamoDBContext context, string id) => context.DeleteAsync<Order>(id);
}")))));

        [Theory]
        [InlineData(@"new DynamoDBContextBuilder().WithDynamoDBClient(() => client).ConfigureContext(c => c.TableNamePrefix = ""prod-"").Build()", new[] { "dynamodb:UpdateItem " + Prod })]
        [InlineData(@"new DynamoDBContextBuilder().ConfigureContext(c => { c.TableNamePrefix = ""prod-""; c.DisableFetchingTableMetadata = false; }).WithDynamoDBClient(() => client).Build()", new[] { "dynamodb:DescribeTable " + Prod, "dynamodb:UpdateItem " + Prod })]
        [InlineData(@"new DynamoDBContextBuilder().WithDynamoDBClient(() => client).Build()", new[] { "dynamodb:UpdateItem arn:aws:dynamodb:*:*:table/Orders" })]
        [InlineData(@"new DynamoDBContextBuilder().ConfigureContext(Configure).Build()", new[] { "dynamodb:DescribeTable *", "dynamodb:UpdateItem *" })]
        public void Builder_configuration_sets_the_prefix_and_turns_metadata_fetching_off(string contextCreation, string[] expected) =>
            Assert.Equal(expected, Lines(Assert.Single(Calls(Compile(Sdk.V4, Usings + Order + @"
class Store
{
    static void Configure(DynamoDBContextConfig config) => config.TableNamePrefix = System.Environment.GetEnvironmentVariable(""STAGE"");
    async Task Run(IAmazonDynamoDB client)
    {
        var context = " + contextCreation + @";
        await context.SaveAsync(new Order());
    }
}")))));

        [Theory]
        [InlineData(@"new BatchWriteConfig { OverrideTableName = ""Orders-v2"" }", "arn:aws:dynamodb:*:*:table/prod-Orders-v2")]
        [InlineData(@"new BatchWriteConfig { TableNamePrefix = ""test-"" }", "arn:aws:dynamodb:*:*:table/test-Orders")]
        [InlineData(@"new BatchWriteConfig { TableNamePrefix = null }", Prod)]
        public void Operation_config_overrides_the_table_and_its_prefix_wins(string config, string table) =>
            Assert.Equal(new[] { "dynamodb:BatchWriteItem " + table }, Lines(Assert.Single(Calls(Compile(Sdk.V4, Usings + Order + @"
class Store
{
#pragma warning disable CS0618
    void Run(IAmazonDynamoDB client)
    {
        var context = new DynamoDBContext(client, new DynamoDBContextConfig { TableNamePrefix = ""prod-"", DisableFetchingTableMetadata = true });
        context.CreateBatchWrite<Order>(" + config + @");
    }
}")))));
    }
}
