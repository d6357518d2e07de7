use crate::lesson::text::{blocks, Block};
use crate::lesson::Explanation;
use leptos::prelude::*;

pub fn show(step: &'static Explanation, _cx: super::StepContext) -> AnyView {
    view! { <ExplanationStep step /> }.into_any()
}

#[component]
pub fn ExplanationStep(step: &'static Explanation) -> impl IntoView {
    view! {
        {step.picture.as_ref().map(|picture| view! {
            <img class="picture" src=format!("/{}", picture.file) alt={&*picture.alt} loading="lazy" />
        })}
        {blocks(&step.text).into_iter().map(|block| match block {
            Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            }.into_any(),
        }).collect_view()}
    }
}
