//! boto3:
//! ```python
//! rds = boto3.client("rds-data")
//! rds.execute_statement(resourceArn=..., secretArn=..., database="shop",
//!                       sql="SELECT id, name FROM users WHERE id > :min",
//!                       parameters=[{"name": "min", "value": {"longValue": 0}}],
//!                       includeResultMetadata=True)
//! ```
//!
//! Usage: `rds_data [resource-arn] [secret-arn]`.

use kumo_examples::BoxError;
use kumo_rds_data::types::{ExecuteStatementInput, Field, SqlParameter};

/// One result cell as text.
fn show(field: &Field) -> String {
    match field {
        Field::IsNull(_) => "NULL".to_string(),
        Field::BooleanValue(b) => b.to_string(),
        Field::LongValue(n) => n.to_string(),
        Field::DoubleValue(d) => d.to_string(),
        Field::StringValue(s) => s.clone(),
        Field::BlobValue(b) => format!("<{} bytes>", b.len()),
        Field::ArrayValue(_) => "<array>".to_string(),
        Field::Unknown(name) => format!("<unknown member {name}>"),
        _ => "<?>".to_string(),
    }
}

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let mut args = std::env::args().skip(1);
    let resource_arn = args
        .next()
        .unwrap_or_else(|| "arn:aws:rds:us-east-1:123456789012:cluster:shop".to_string());
    let secret_arn = args.next().unwrap_or_else(|| {
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:shop-db".to_string()
    });
    let rds = kumo_rds_data::Client::new()?;
    let out = rds
        .execute_statement(ExecuteStatementInput {
            resource_arn,
            secret_arn,
            database: Some("shop".to_string()),
            sql: "SELECT id, name FROM users WHERE id > :min".to_string(),
            parameters: Some(vec![SqlParameter {
                name: Some("min".to_string()),
                value: Some(Field::LongValue(0)),
                ..Default::default()
            }]),
            include_result_metadata: Some(true),
            ..Default::default()
        })
        .await?;
    let columns: Vec<String> = out
        .column_metadata
        .unwrap_or_default()
        .into_iter()
        .map(|c| c.name.unwrap_or_default())
        .collect();
    println!("columns: {}", columns.join(" | "));
    let records = out.records.unwrap_or_default();
    for row in &records {
        let cells: Vec<String> = row.iter().map(show).collect();
        println!("{}", cells.join(" | "));
    }
    println!("{} row(s)", records.len());
    Ok(())
}
