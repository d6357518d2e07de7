//! The product-post builder: pick a channel and a photo, type the post, see it as buyers
//! would and which selling steps it covers. Every rule is in `crate::post`.

use crate::answer::{Answer, Checked};
use crate::lesson::PostBuilder;
use crate::post::{self, Channel, Photo, PostDraft, SCAN_LIMIT_CHARS, SAMPLE_PHOTOS};
use crate::strings::post as words;
use crate::ui::post_actions::PostActions;
use crate::ui::later::{part, screen, PartView};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

part!(post_builder, preload,
pub fn show(step: &'static PostBuilder, cx: super::StepContext) -> PartView {
    Ok(screen(move || view! { <PostBuilderStep step saved=cx.saved on_answer=cx.on_answer /> }.into_any()))
});

#[component]
fn PostBuilderStep(step: &'static PostBuilder, saved: Signal<Option<Answer>>, on_answer: Callback<Checked>) -> impl IntoView {
    let (start, unreadable) = super::resume(
        saved.get_untracked(),
        |answer| match answer { Answer::PostBuilder(stored) => Some(stored), _ => None },
        || PostDraft { channel: step.channel.unwrap_or_default(), ..PostDraft::default() },
    );
    let draft = RwSignal::new(start);
    // The learner's own photo is shown from memory only; it is never stored or sent.
    let own_photo = RwSignal::new(None::<String>);
    let edit = move |change: &dyn Fn(&mut PostDraft)| {
        draft.update(|d| change(d));
        on_answer.run(Checked::post_builder(step, draft.get_untracked()));
    };
    let review = Memo::new(move |_| draft.with(post::review));
    let channel = Memo::new(move |_| draft.with(|d| d.channel));

    view! {
        {unreadable.then(|| view! { <super::StartedAfresh /> })}
        <p class="task">{&*step.task}</p>
        {step.channel.is_none().then(|| view! { <ChannelPicker channel on_pick=Callback::new(move |c| edit(&|d| d.channel = c)) /> })}
        <PhotoPicker draft own_photo on_pick=Callback::new(move |photo: Photo| edit(&|d| d.photo = photo.clone())) />
        <TextField label=words::CAPTION_LABEL placeholder=words::CAPTION_PLACEHOLDER id="tulisan" multiline=true
            value=Signal::derive(move || draft.with(|d| d.caption.clone()))
            on_input=Callback::new(move |text: String| edit(&|d| d.caption = text.clone())) />
        <TextField label=words::PRICE_FIELD placeholder=words::PRICE_PLACEHOLDER id="harga" multiline=false
            value=Signal::derive(move || draft.with(|d| d.price.clone()))
            on_input=Callback::new(move |text: String| edit(&|d| d.price = text.clone())) />
        <TextField label=words::ORDER_FIELD placeholder=words::ORDER_PLACEHOLDER id="cara-pesan" multiline=false
            value=Signal::derive(move || draft.with(|d| d.how_to_order.clone()))
            on_input=Callback::new(move |text: String| edit(&|d| d.how_to_order = text.clone())) />
        {move || channel.get().takes_hashtags().then(|| view! {
            <TextField label=words::HASHTAGS_FIELD placeholder=words::HASHTAGS_PLACEHOLDER id="tagar" multiline=false
                value=Signal::derive(move || draft.with(|d| d.hashtags.clone()))
                on_input=Callback::new(move |text: String| edit(&|d| d.hashtags = text.clone())) />
        })}
        <Preview draft own_photo />
        <AidasCheck review channel />
        <PostActions draft=Signal::derive(move || draft.get()) keep=true />
    }
}

#[component]
fn ChannelPicker(channel: Memo<Channel>, on_pick: Callback<Channel>) -> impl IntoView {
    view! {
        <fieldset class="options">
            <legend>{words::CHOOSE_CHANNEL}</legend>
            {Channel::ALL.into_iter().map(|c| view! {
                <button class="option" aria-pressed=move || (channel.get() == c).to_string() on:click=move |_| on_pick.run(c)>
                    {words::channel_name(c)}
                </button>
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn PhotoPicker(draft: RwSignal<PostDraft>, own_photo: RwSignal<Option<String>>, on_pick: Callback<Photo>) -> impl IntoView {
    let photo = move || draft.with(|d| d.photo.clone());
    let pressed = move |choice: Photo| move || (photo() == choice).to_string();
    let pick_own = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(url) = file.and_then(|f| web_sys::Url::create_object_url_with_blob(&f).ok()) {
            if let Some(old) = own_photo.get_untracked() {
                let _ = web_sys::Url::revoke_object_url(&old);
            }
            own_photo.set(Some(url));
            on_pick.run(Photo::Own);
        }
    };
    view! {
        <fieldset class="photo-picker">
            <legend>{words::PHOTO_HEADING}</legend>
            <div class="photo-grid">
                {SAMPLE_PHOTOS.into_iter().map(|id| {
                    let choice = Photo::Sample(id.to_string());
                    view! {
                        <button class="photo-choice" aria-label=words::sample_photo_name(id) aria-pressed=pressed(choice.clone())
                            on:click=move |_| on_pick.run(choice.clone())>
                            <img src=format!("/img/produk/{id}.svg") alt="" width="64" height="64" />
                        </button>
                    }
                }).collect_view()}
                <button class="photo-choice" aria-pressed=pressed(Photo::None) on:click=move |_| on_pick.run(Photo::None)>
                    {words::NO_PHOTO}
                </button>
            </div>
            <label class="button secondary own-photo">
                {words::OWN_PHOTO}
                <input type="file" accept="image/*" class="visually-hidden" on:change=pick_own />
            </label>
            <p class="note">{move || if photo() == Photo::Own && own_photo.get().is_none() { words::OWN_PHOTO_AGAIN } else { words::OWN_PHOTO_NOTE }}</p>
        </fieldset>
    }
}

#[component]
fn TextField(
    label: &'static str,
    placeholder: &'static str,
    id: &'static str,
    multiline: bool,
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let limit = SCAN_LIMIT_CHARS.to_string();
    let input = move |event| on_input.run(event_target_value(&event));
    view! {
        <label class="answer-label" for=id>{label}</label>
        {if multiline {
            view! { <textarea id=id rows="4" maxlength=limit placeholder=placeholder prop:value=value on:input=input></textarea> }.into_any()
        } else {
            view! { <input id=id type="text" maxlength=limit placeholder=placeholder prop:value=value on:input=input /> }.into_any()
        }}
    }
}

/// The post as the chosen channel shows it on a buyer's phone (a plain look-alike).
#[component]
fn Preview(draft: RwSignal<PostDraft>, own_photo: RwSignal<Option<String>>) -> impl IntoView {
    let picture = move || match draft.with(|d| d.photo.clone()) {
        Photo::Sample(id) => Some(view! { <img src=format!("/img/produk/{id}.svg") alt=words::sample_photo_name(&id) /> }.into_any()),
        Photo::Own => own_photo.get().map(|url| view! { <img src=url alt=words::OWN_PHOTO_ALT /> }.into_any()),
        Photo::None => None,
    };
    let lines = move || {
        let text = draft.with(post::share_text);
        if text.trim().is_empty() {
            return view! { <p class="preview-empty">{words::PREVIEW_EMPTY}</p> }.into_any();
        }
        text.lines().map(|line| view! { <p>{line.to_string()}</p> }).collect_view().into_any()
    };
    let channel = move || draft.with(|d| d.channel);
    let header = move || match channel() {
        Channel::InstagramFeed => view! { <p class="preview-head"><span class="avatar" aria-hidden="true"></span>{words::PREVIEW_HANDLE}</p> }.into_any(),
        Channel::FacebookPost => view! { <p class="preview-head"><span class="avatar" aria-hidden="true"></span>{format!("{} · {}", words::PREVIEW_SHOP, words::PREVIEW_WHEN)}</p> }.into_any(),
        Channel::WhatsappGroup => view! { <p class="preview-head">{words::PREVIEW_SHOP}</p> }.into_any(),
        Channel::WhatsappStatus => view! { <p class="preview-head">{format!("{} · {}", words::PREVIEW_SHOP, words::PREVIEW_WHEN)}</p> }.into_any(),
    };
    let class = move || format!("preview preview-{}", match channel() {
        Channel::WhatsappStatus => "status",
        Channel::WhatsappGroup => "group",
        Channel::InstagramFeed => "instagram",
        Channel::FacebookPost => "facebook",
    });
    view! {
        <section class="preview-area" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{words::PREVIEW_HEADING}</h3>
            <p class="preview-channel">{move || words::channel_name(channel())}</p>
            <div class=class data-testid="preview">
                {header}
                <div class="preview-photo">{picture}</div>
                <div class="preview-text">{lines}</div>
            </div>
        </section>
    }
}

#[component]
fn AidasCheck(review: Memo<post::Review>, channel: Memo<Channel>) -> impl IntoView {
    view! {
        <section class="aidas" aria-labelledby="aidas-heading">
            <h3 id="aidas-heading">{words::CHECK_HEADING}</h3>
            <p aria-live="polite">{move || review.with(|r| if r.ready() { words::READY.to_string() } else { words::stages_done(r.stages_done(), r.stages.len()) })}</p>
            <ul class="stages">
                {move || review.with(|r| r.stages.iter().map(|check| {
                    let stage = check.stage;
                    let (mark, said) = match check.tip {
                        None => ("✓", words::stage_done(stage)),
                        Some(tip) => ("✗", words::tip_text(tip, channel.get())),
                    };
                    view! {
                        <li class="stage" data-stage=stage.key() data-done=check.done().to_string()>
                            <span class="mark" aria-hidden="true">{mark}</span>
                            <strong>{words::stage_name(stage)}</strong>": "
                            <span>{said}</span>
                        </li>
                    }
                }).collect_view())}
            </ul>
            {move || review.with(|r| (!r.mistakes.is_empty()).then(|| view! {
                <h4>{words::MISTAKES_HEADING}</h4>
                <ul class="mistakes">{r.mistakes.iter().map(|m| view! { <li>{words::mistake_text(m)}</li> }).collect_view()}</ul>
            }))}
            <h4>{words::FACTS_HEADING}</h4>
            <ul class="facts">
                {move || review.with(|r| r.facts.iter().map(|f| view! { <li>{words::fact_text(*f)}</li> }).collect_view())}
            </ul>
        </section>
    }
}
